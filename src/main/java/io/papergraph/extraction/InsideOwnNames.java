package io.papergraph.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names read inside the paper's own names ("BERT" in "Hidden-Unit BERT", "Diffuser" in "Trajectory Diffuser"):
 * part of the contribution's name, not another model or method the paper uses or compares with.
 */
final class InsideOwnNames {

    private InsideOwnNames() {
    }

    /**
     * "To evaluate the Trajectory Diffuser, …": a known method read inside the name of the paper's own ("Diffuser") is no
     * method it is set against — unless the title or abstract also names it on its own ("Grounding DINO: Marrying DINO with …").
     */
    static List<Mention> withoutMethodsInsideOwnNames(List<Mention> mentions, String text) {
        List<String> ownNames = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES)
                .flatMap(m -> Stream.concat(Stream.of(m.name()), m.aliases().stream()))
                .filter(n -> n.contains(" ") || n.contains("-"))
                // a name, not the long form of a title head ("Marrying DINO with Grounded Pre-Training for …")
                .filter(n -> n.split("\\s+").length <= 3)
                .toList();
        if (ownNames.isEmpty()) {
            return mentions;
        }
        String outside = withoutOwnNames(text, ownNames);
        return mentions.stream().filter(m -> m.relation() != Relation.COMPARES_WITH || m.kind() != EntityKind.METHOD || !onlyInside(m, text, outside))
                .toList();
    }

    /** Whether one of the method's spellings is in the text, and none is left once the paper's own names are blanked out. */
    private static boolean onlyInside(Mention compared, String text, String outside) {
        List<Pattern> spellings = Stream.concat(Stream.of(compared.name()), compared.aliases().stream()).map(NameShapes::wholeWord).toList();
        return spellings.stream().anyMatch(p -> p.matcher(text).find()) && spellings.stream().noneMatch(p -> p.matcher(outside).find());
    }

    /** The text with the paper's own names blanked out, the longest first ("Trajectory Diffuser" before "Diffuser"). */
    static String withoutOwnNames(String text, List<String> ownNames) {
        String outside = text;
        for (String own : ownNames.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
            outside = outside.replace(own, " ");
        }
        return outside;
    }

    /**
     * "we propose the Hidden-Unit BERT (HuBERT) approach": a model family named only inside the name the paper gives its
     * own is no model it uses ("DistilBERT, distilled from BERT" names BERT outside it too).
     */
    static boolean onlyInsideOwnName(Mention model, List<Mention> proposals) {
        String modelKey = Names.key(model.name());
        List<String> ownNames = proposals.stream()
                .flatMap(p -> Stream.concat(Stream.of(p.name()), p.aliases().stream()))
                .filter(own -> own.length() > model.name().length() && Names.key(own).contains(modelKey) && model.evidence().contains(own))
                .toList();
        if (modelKey.isEmpty() || ownNames.isEmpty()) {
            return false;
        }
        String outside = withoutOwnNames(model.evidence(), ownNames);
        Matcher elsewhere = NameShapes.wholeWord(model.name()).matcher(outside);
        while (elsewhere.find()) {
            // "… for a BERT-like prediction loss" resembles the model, still no use of it.
            if (!Cues.RESEMBLANCE_AFTER.matcher(outside).region(elsewhere.end(), outside.length()).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    /** "YOLO series", "Transformer variants", "GPT-style": a name that stands for a kind of work, not one method. */
    private static final String KIND_AFTER_NAME = "(?i:(?:\\s+|-)(?:variants?|series|family|families|architectures?|based|style|like))\\b";

    /**
     * "we design Step-wise Group Relative Policy Optimization (StepGRPO)": a known method named inside the name the
     * paper gives its own, in the sentence that gives it, is part of that name, not something compared with.
     */
    static boolean insideOwnName(Mention compared, List<Mention> proposals) {
        Set<String> surfaces = new HashSet<>();
        surfaces.add(Names.key(compared.name()));
        compared.aliases().forEach(a -> surfaces.add(Names.key(a)));
        List<String> ownNames = proposals.stream().filter(p -> p.evidence().equals(compared.evidence()))
                .flatMap(p -> Stream.concat(Stream.of(p.name()), p.aliases().stream())).toList();
        boolean inside = ownNames.stream().map(Names::key)
                .anyMatch(own -> surfaces.stream().anyMatch(s -> !s.isEmpty() && own.length() > s.length() && own.contains(s)));
        if (!inside) {
            return false;
        }
        // "We build Fast-ReAct …, outperforming the original ReAct": named on its own too, outside the own names, it is no part
        // of them — unless named there as a kind ("a new generation of YOLO series", "compared to Transformer variants").
        String outside = withoutOwnNames(compared.evidence(), ownNames);
        return Stream.concat(Stream.of(compared.name()), compared.aliases().stream())
                .noneMatch(name -> Pattern.compile(NameShapes.standalone(name).pattern() + "(?!" + KIND_AFTER_NAME + ")").matcher(outside).find());
    }
}

package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper whose own method's name extends a known method's name builds on that method: V-STaR on STaR, QLoRA and
 * LongLoRA on LoRA, MCTSr on MCTS — when the abstract also names the known method on its own, wherever it does (often in
 * the sentence that sets the scene, where no comparison cue is written).
 */
final class ExtendedMethodRule {

    static final String RULE = "name-extends";
    /** Shorter pieces ("Q", "Re") would be read as names they are not. */
    private static final int MIN_PIECE = 3;

    private ExtendedMethodRule() {
    }

    static List<Mention> apply(List<String> sentences, List<Mention> mentions, Gazetteer methods) {
        List<Mention> found = new ArrayList<>();
        for (Mention own : mentions) {
            if (own.relation() != Relation.PROPOSES || own.name().contains(" ")) {
                continue;
            }
            for (String piece : pieces(own.name())) {
                // A building block ("Hymba-Transformer" of the Transformer) is built on by every such name: no rival.
                Optional<Gazetteer.Hit> known = methods.find(piece).stream()
                        .filter(h -> h.start() == 0 && h.end() == piece.length() && !h.entry().isUsedInPassing())
                        .findFirst();
                if (known.isEmpty()) {
                    continue;
                }
                // "STaR" on its own, not inside "V-STaR"; or the known method by a name of several words, in any case ("Score-DPO,
                // a novel variant of the direct preference optimization method").
                Pattern alone = NameShapes.standalone(piece);
                List<Pattern> longNames = known.get().entry().names().stream().filter(n -> n.contains(" "))
                        .map(n -> Pattern.compile(NameShapes.standalone(n).pattern(), Pattern.CASE_INSENSITIVE)).toList();
                for (String sentence : sentences) {
                    Optional<String> written = alone.matcher(sentence).find() ? Optional.of(piece)
                            : longNames.stream().map(n -> n.matcher(sentence)).filter(Matcher::find).map(Matcher::group).findFirst();
                    if (written.isPresent()) {
                        // The spelling written is an alias, so the method is seen outside the paper's own name.
                        found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, known.get().entry().name(),
                                written.get().equals(piece) ? List.of(piece) : List.of(piece, written.get()), sentence, RULE, 0.6, null));
                        break;
                    }
                }
            }
        }
        return found;
    }

    /**
     * The known names a coined name may be made of: the parts either side of a hyphen ("V-STaR": STaR) and either side
     * of a change of case ("LongLoRA": Long, LoRA; "dDPO": DPO; "MCTSr": MCTS).
     */
    static Set<String> pieces(String name) {
        Set<String> pieces = new LinkedHashSet<>();
        if (name.contains("-")) {
            // A hyphen is the seam where there is one: "V-STaR" is V and STaR, not "V-S" and "TaR".
            for (int i = name.indexOf('-'); i > 0; i = name.indexOf('-', i + 1)) {
                pieces.add(name.substring(0, i));
                pieces.add(name.substring(i + 1));
            }
            pieces.removeIf(p -> p.length() < MIN_PIECE || p.equals(name));
            return pieces;
        }
        for (int i = 1; i < name.length(); i++) {
            char before = name.charAt(i - 1);
            char at = name.charAt(i);
            boolean lowerToUpper = Character.isLowerCase(before) && Character.isUpperCase(at);
            boolean upperToWord = Character.isUpperCase(before) && Character.isUpperCase(at)
                    && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
            boolean upperToLower = Character.isUpperCase(before) && Character.isLowerCase(at) && i >= MIN_PIECE
                    && Character.isUpperCase(name.charAt(i - 2));
            if (lowerToUpper || upperToWord) {
                pieces.add(name.substring(0, i));
                pieces.add(name.substring(i));
            } else if (upperToLower && i == name.length() - 1) {
                // "MCTSr": a lower-case letter ending the name marks the known acronym's variant.
                pieces.add(name.substring(0, i));
            }
        }
        pieces.removeIf(p -> p.length() < MIN_PIECE || p.equals(name));
        return pieces;
    }
}

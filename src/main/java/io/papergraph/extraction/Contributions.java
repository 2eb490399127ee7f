package io.papergraph.extraction;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the proposal rules record what they found: one mention per name, a resource or a method as its nouns say, and a
 * name the vocabulary knows (or a sized model of a known family) left out as prior work.
 */
final class Contributions {

    private Contributions() {
    }

    /** "Mistral-7B", "Qwen2.5-72B": a model of a family the vocabulary knows, not a name the paper gives its own. */
    static boolean ofKnownFamily(String name, Predicate<String> known) {
        String[] parts = name.split("-");
        String family = parts[0];
        if (!known.test(family) && !known.test(family.replaceAll("(?i)v?[\\d.]+$", ""))) {
            return false;
        }
        // "DeepSeek-GRM": a coined word after the family's name makes a new model of the family's makers, where
        // "Qwen2.5-Math-7B-Instruct" only names a release.
        return java.util.Arrays.stream(parts).skip(1).allMatch(part -> !NameShapes.isCoined(part) || RELEASE_PART.matcher(part).matches());
    }

    /**
     * A named task or innovation of an enumeration: proposed, whatever resource nouns stand nearby ("a benchmark with two
     * tasks: …"), or a new task the authors pose ("for this new task of subject-driven generation").
     */
    static void addTask(List<Mention> found, String sentence, String name, Predicate<String> known) {
        if (!known.test(name) && !NameShapes.isBareVersion(name.strip()) && !Mention.anyNamed(found, name)) {
            found.add(new Mention(Relation.PROPOSES, EntityKind.METHOD, name, List.of(), sentence, ProposalRule.RULE_VERB, 0.7, null));
        }
    }

    static void add(List<Mention> found, String sentence, String name, List<String> aliases, int at,
                    String rule, double confidence, Predicate<String> known) {
        add(found, sentence, name, aliases, at, at + name.length(), rule, confidence, known);
    }

    private static final Pattern NOUN_OF_THE_NAME = Pattern.compile("\\s(" + Cues.CAPITALISED_RESOURCE_NOUN + ")\\b(?!-)");
    private static final Pattern SERIES_AFTER = Pattern.compile("(?<=\\S)\\s+(?i:series|family)$");

    /** @param end where the span naming it ends: after "(PSEC)" when the long form comes first */
    static void add(List<Mention> found, String sentence, String name, List<String> aliases, int at, int end,
                    String rule, double confidence, Predicate<String> known) {
        // "we construct the ScreenAgent Dataset": a capitalised resource noun right after the name is part of it.
        java.util.regex.Matcher noun = NOUN_OF_THE_NAME.matcher(sentence).region(end, sentence.length());
        if (noun.lookingAt() && name.equals(sentence.substring(at, Math.min(end, sentence.length())))) {
            name = name + " " + noun.group(1);
            end = noun.end();
        }
        addOfKind(found, sentence, name, aliases, ResourceKinds.resourceKind(sentence, at, end), rule, confidence, known);
    }

    /** "Directed Acyclic Graph Multi-Agent Framework VillagerAgent": capitalised words ending in a kind, then a coined name. */
    private static final Pattern DESCRIBED_THEN_COINED = Pattern.compile(
            "(?:\\p{Lu}\\S*\\s)+(?:Framework|Method|Approach|Algorithm|Architecture|System|Paradigm|Pipeline|Benchmark|Dataset|Corpus|Suite)\\s([\\p{L}\\p{N}-]+)");

    /** @param kind the kind of resource the name is, or null for a method */
    static void addOfKind(List<Mention> found, String sentence, String name, List<String> aliases, String kind,
                          String rule, double confidence, Predicate<String> known) {
        // "the Qwen2-VL Series" is Qwen2-VL, released at several sizes.
        String unquoted = SERIES_AFTER.matcher(name.replaceAll("[\"'“”]", "").strip()).replaceFirst("");
        // "a Directed Acyclic Graph Multi-Agent Framework VillagerAgent", "the Visual Document Retrieval Benchmark ViDoRe": what the
        // capitalised words describe is the coined name after their kind noun.
        Matcher kindThenName = DESCRIBED_THEN_COINED.matcher(unquoted);
        String clean = kindThenName.matches() && NameShapes.isCoined(kindThenName.group(1)) && !NameShapes.isBareVersion(kindThenName.group(1))
                ? kindThenName.group(1) : unquoted;
        // "when designing RMs to …": the plural of an abbreviation is a kind of thing, not a name — unless defined here
        // ("process advantage verifiers (PAVs)").
        // "finetuned on the V2 mixture": a bare version names nothing on its own.
        if (clean.isEmpty() || NameShapes.isBareVersion(clean)
                || aliases.isEmpty() && NameShapes.isPluralAbbreviation(clean) || knownHere(clean, aliases, known) || aliases.stream().anyMatch(known)
                || Mention.anyNamed(found, clean)) {
            return;
        }
        Relation relation = kind == null ? Relation.PROPOSES : Relation.INTRODUCES;
        EntityKind entityKind = kind == null ? EntityKind.METHOD : EntityKind.BENCHMARK;
        found.add(new Mention(relation, entityKind, clean, aliases, sentence, rule, confidence, kind));
    }

    /**
     * Whether the field knows the name as this sentence uses it: "Motion-Adaptive Spline (MAS)" is not the multi-agent system
     * (MAS) the vocabulary knows: the predicate is asked of the whole definition ("Long Form (LF)"), which the extractor's
     * vocabulary answers by the words the long form shares with the known names.
     */
    private static boolean knownHere(String name, List<String> aliases, Predicate<String> known) {
        return known.test(name) && (aliases.isEmpty() || !NameShapes.isAbbreviation(name) || known.test(aliases.get(0) + " (" + name + ")"));
    }

    /** The parts of a release's name: version, size, and what the release is for ("v0.1", "7B", "Instruct", "VL", "R1"). */
    private static final Pattern RELEASE_PART = Pattern.compile(
            "(?i)v?\\d+(?:\\.\\d+)*[a-z]?|\\d+(?:\\.\\d+)?[bmk]|\\d+x\\d+[bm]|(?-i:[A-Z]{1,2}\\d*)|VL|SFT|DPO|RLHF|GPTQ|AWQ|GGUF|HF|MoE");
}

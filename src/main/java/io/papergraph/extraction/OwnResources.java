package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluation on what the paper introduces: a benchmark it introduces is evaluated on, a dataset only where
 * the abstract reports results on it, and a resource named in the sentence that introduces it is not also evaluated there
 * unless results are said.
 */
final class OwnResources {

    private OwnResources() {
    }

    private static final Pattern MADE_TO_EVALUATE = Pattern.compile(
            "(?i)\\b(?:designed|built|created|constructed|curated|tailored)\\s+(?:specifically\\s+)?(?:to|for)\\s+(?:the\\s+)?(?:\\w+ly\\s+)?(?:evaluat|assess|investigat|test|benchmark|measur|diagnos|prob)\\w*");
    private static final Pattern FOR_TRAINING = Pattern.compile("(?i)\\b(?:for|in)\\s+(?:(?:pre-?|post-)?training|fine-tuning)\\b|\\bto\\s+train\\b");
    /** "We introduce TraceEval, a benchmark …, on which StackTrace reduces errors by 38%": evaluated where introduced. */
    private static final Pattern EVALUATED_WHERE_INTRODUCED = Pattern.compile("(?i)\\bon which\\b");
    private static final Pattern OWN_RESOURCE_REFERENCE = Pattern.compile(
            "(?i)\\b(?:on|using|with) (?:our|this|the (?:proposed|new)) (?:new )?(benchmark|dataset|suite|environment)\\b");
    private static final Pattern INTRODUCING = Pattern.compile("(?i)\\b" + Cues.MAKING_VERB_STEM + "\\w*");

    /**
     * "We introduce the LongBench-Chat benchmark for evaluating …" names the paper's own resource: what the rules read as an
     * evaluation there is left out, and {@link #evaluatedOnOwnResources} says whether the paper evaluates on it.
     */
    static List<Mention> withoutEvaluationWhereIntroduced(List<Mention> mentions) {
        List<Mention> introduced = mentions.stream().filter(m -> m.relation() == Relation.INTRODUCES).toList();
        List<Mention> out = new ArrayList<>(mentions);
        // "a new dataset called MetaMathQA" introduces it, even when the vocabulary knows the name by now.
        // "We release the MetaMathQA dataset …", "To create UltraFeedback, we compile …": a later sentence that makes or releases
        // it, and reports nothing, evaluates on it no more than the one that introduced it.
        out.removeIf(m -> m.relation() == Relation.EVALUATED_ON
                && (EvaluationRule.RULE_HEAD_NOUN.equals(m.rule()) || EvaluationRule.RULE_KNOWN.equals(m.rule())
                    || EvaluationRule.RULE_EVALUATED_ON_NAME.equals(m.rule()))
                && !EVALUATED_WHERE_INTRODUCED.matcher(m.evidence()).find() && !evaluatedOnAsNamed(m)
                && introduced.stream().anyMatch(i -> Names.key(i.name()).equals(Names.key(m.name()))
                        && (i.evidence().equals(m.evidence())
                            || INTRODUCING.matcher(m.evidence()).find() && !EvaluationRule.EVALUATION_CUE.matcher(m.evidence()).find())));
        return out;
    }

    private static final java.util.Set<String> TRAINING_DATA_KINDS = java.util.Set.of("dataset");

    /** "benchmarks like GSM8K", "existing datasets such as": a name given as an example of others' resources. */
    private static final Pattern EXAMPLE_BEFORE = Pattern.compile("(?i)\\b(?:like|such\\s+as|e\\.g\\.,?|including|existing|prior|previous)\\b");

    /**
     * A paper that makes a benchmark or a dataset speaks of others' resources to set the scene: one named as an example before the
     * sentence that brings in its own ("Benchmarks like GSM8K are saturated. We introduce …") is not evaluated on; a coined name
     * read as evaluated on, not given as an example, is most often a part of its own resource (a subset, a task) — such names
     * in these papers were annotated as evaluated on in 3 cases of 6 on the lists read while writing rules, and 0 of 6 on the
     * lists kept aside as tests.
     */
    static List<Mention> withoutOthersResourcesOfResourcePapers(List<Mention> mentions, List<String> sentences) {
        List<Mention> introduced = mentions.stream().filter(m -> m.relation() == Relation.INTRODUCES).toList();
        if (introduced.isEmpty()) {
            return mentions;
        }
        java.util.Set<String> ownKeys = new java.util.HashSet<>();
        introduced.forEach(i -> {
            ownKeys.add(Names.key(i.name()));
            i.aliases().forEach(a -> ownKeys.add(Names.key(a)));
        });
        int ownFirstNamed = introduced.stream()
                .mapToInt(i -> firstSentenceNaming(sentences, i.name()))
                .filter(at -> at >= 0).min().orElse(-1);
        // "We begin by collecting PyX, a clean Python corpus …" makes data to learn from: the benchmarks named are others'.
        boolean testsMade = introduced.stream().anyMatch(i -> i.resourceKind() == null || !TRAINING_DATA_KINDS.contains(i.resourceKind()));
        List<Mention> out = new ArrayList<>(mentions);
        out.removeIf(m -> {
            if (m.relation() != Relation.EVALUATED_ON || ownKeys.contains(Names.key(m.name()))) {
                return false;
            }
            int at = m.evidence().indexOf(m.name());
            boolean example = at >= 0 && EXAMPLE_BEFORE.matcher(m.evidence().substring(Math.max(0, at - 60), at)).find();
            int said = sentences.indexOf(m.evidence());
            boolean beforeOwn = said >= 0 && said < ownFirstNamed;
            return example && beforeOwn && !Cues.FIRST_PERSON.matcher(m.evidence()).find()
                    || testsMade && EvaluationRule.RULE_EVALUATED_ON_NAME.equals(m.rule()) && !example;
        });
        return out;
    }

    private static int firstSentenceNaming(List<String> sentences, String name) {
        Pattern named = NameShapes.wholeWord(name);
        for (int i = 0; i < sentences.size(); i++) {
            if (named.matcher(sentences.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** "Models pretrained on WebCorp-Edu outperform …": the dataset is what models learn from, not what they are tested on. */
    private static boolean trainedOn(String sentence, String name) {
        int at = sentence.indexOf(name);
        // "Emilia-trained models produce …": what the models learnt from, written as a compound.
        return at >= 0 && (EvaluationRule.isTrainingData(sentence, at) || TRAINED_AFTER.matcher(sentence).region(at + name.length(), sentence.length()).lookingAt());
    }

    /** "Emilia-trained models", "We use SWE-Gym to train agents": what is learnt from, said after the name. */
    private static final Pattern TRAINED_AFTER = Pattern.compile("-(?:pre-?)?(?:trained|tuned|fine-?tuned|distilled)\\b"
            + "|\\s+(?:is\\s+used\\s+)?to\\s+(?:train|fine-?tune|finetune|pre-?train)\\b");

    /**
     * "… generalizes to other systems on a newly-released WindowsAgentArena benchmark", "We release the ToolTrek benchmark
     * and show that GPT-4 solves only 35% of its tasks": results on it, in the sentence that introduces it.
     */
    private static boolean evaluatedOnAsNamed(Mention m) {
        int at = m.evidence().indexOf(m.name());
        return at >= 0 && (EVALUATED_ON_BEFORE.matcher(m.evidence().substring(Math.max(0, at - 40), at)).find()
                || PERCENT_AFTER.matcher(m.evidence()).region(at, m.evidence().length()).find());
    }

    /** The name, then within a clause what it was made for: "ToolQA, which is designed to faithfully evaluate …". */
    private static boolean madeToEvaluateAsNamed(String sentence, String name) {
        Matcher at = NameShapes.wholeWord(name).matcher(sentence);
        return at.find() && MADE_TO_EVALUATE.matcher(sentence).region(at.end(), Math.min(sentence.length(), at.end() + 60)).find();
    }

    private static final Pattern PERCENT_AFTER = Pattern.compile("\\d(?:\\.\\d+)?\\s?%");

    private static final Pattern BENCHMARK_WORD = Pattern.compile("(?i)\\b(?:benchmark(?:s|ing)?|environments?|testbeds?|arena|gym)\\b");
    private static final Pattern EVALUATED_ON_BEFORE = Pattern.compile("(?i)\\b(?:on|across)\\s+(?:(?:a|an|the|our)\\s+)?(?:[\\w-]+\\s+){0,2}$");

    /**
     * "Experiments on this benchmark demonstrate …": results on a resource of the paper's own, by the kind of thing it is — a
     * dataset the paper compiled for pre-training is not "this benchmark" it designed besides.
     */
    private static boolean referredToAsOwn(String sentence, boolean dataset) {
        Matcher reference = OWN_RESOURCE_REFERENCE.matcher(sentence);
        return reference.find() && (!dataset || reference.group(1).equalsIgnoreCase("dataset"));
    }

    /**
     * A paper that introduces a benchmark or an environment is evaluated on it; one that introduces a dataset, when a later
     * sentence reports experiments or results on it.
     */
    static List<Mention> evaluatedOnOwnResources(List<Mention> mentions, List<String> sentences) {
        List<Mention> found = new ArrayList<>();
        for (Mention introduced : mentions) {
            if (introduced.relation() != Relation.INTRODUCES || "metric".equals(introduced.resourceKind())) {
                continue;
            }
            int introducedAt = sentences.indexOf(introduced.evidence());
            String key = Names.key(introduced.name());
            // Said where it is introduced: in the title or in a sentence where the authors' making verb has it as its object, after its name
            // ("We present SWE-Gym, the first environment for training …"; not "a dataset built from CodeArena for training").
            Pattern introducedThere = Pattern.compile("(?i)\\bwe\\s+(?:\\w+\\s+)?" + Cues.MAKING_VERB_STEM + "\\w*\\s+(?:[\\w-]+\\s+){0,2}?"
                    + Pattern.quote(introduced.name()) + "(?![\\p{L}\\p{N}-])");
            boolean forTraining = !sentences.contains(introduced.evidence()) && FOR_TRAINING.matcher(introduced.evidence()).find()
                    || sentences.stream().anyMatch(s -> {
                        Matcher object = introducedThere.matcher(s);
                        return object.find() && FOR_TRAINING.matcher(s.substring(object.end())).find();
                    });
            // Data, or an environment made for training, is evaluated on only where a later sentence names it as tested.
            boolean dataset = "dataset".equals(introduced.resourceKind()) || forTraining;
            // A benchmark is made to evaluate on: the paper that introduces one reports on it, said so or not
            // ("We present AgentBench, a multi-dimensional evolving benchmark …") — unless it is said to be for training
            // ("an interactive environment for training web agents"). Data may be training data.
            // A dataset made for evaluation says so: "a new dataset specifically designed to investigate the model selection
            // challenge".
            boolean madeToEvaluateOn = "benchmark".equals(introduced.resourceKind()) || "environment".equals(introduced.resourceKind())
                    || "dataset".equals(introduced.resourceKind()) && (MADE_TO_EVALUATE.matcher(introduced.evidence()).find()
                        // "a new dataset called ToolQA, which is designed to faithfully evaluate …", the title having introduced it
                        || sentences.stream().anyMatch(s -> madeToEvaluateAsNamed(s, introduced.name())));
            // Introduced by the title alone, it is made to evaluate on when the title says so ("FLamby: Datasets and Benchmarks for …").
            boolean benchmarkByTitle = introducedAt < 0 && BENCHMARK_WORD.matcher(introduced.evidence()).find();
            if ((introducedAt >= 0 && madeToEvaluateOn || benchmarkByTitle) && !forTraining) {
                found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, introduced.name(), introduced.aliases(),
                        introduced.evidence(), "evaluates-own-resource", 0.7, introduced.resourceKind()));
                continue;
            }
            sentences.stream()
                    .skip(Math.max(0, introducedAt + 1))
                    .filter(s -> !(INTRODUCING.matcher(s).find() && Names.key(s).contains(key)))
                    // A later sentence that reports results, or results on "our benchmark"; a dataset (often training
                    // data, as "NovaCorpus, a 4-trillion-token corpus") only when that sentence names it.
                    .filter(s -> (EvaluationRule.EVALUATION_CUE.matcher(s).find() && (!dataset || Names.key(s).contains(key) && !trainedOn(s, introduced.name())))
                            || referredToAsOwn(s, dataset))
                    .findFirst()
                    .ifPresent(s -> found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, introduced.name(),
                            introduced.aliases(), s, "evaluates-own-resource", 0.7, introduced.resourceKind())));
        }
        return found;
    }
}

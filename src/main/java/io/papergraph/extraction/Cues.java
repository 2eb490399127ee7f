package io.papergraph.extraction;

import java.util.regex.Pattern;

/** Phrases several rules read the same way; one definition each, so the rules cannot drift apart. */
final class Cues {

    /** The authors speaking about their own work: "we", "our", "this paper". */
    // "This technical report introduces DINOv3": a report speaks for its authors too.
    static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:we|our|(?:this|the present) (?:paper|work|study|article|thesis|(?:technical )?report)"
            // "This research introduces …" — not "this research area / direction / question …", "This research was funded by …"
            + "|(?:this|the present) research(?!\\s+(?:area|field|direction|question|line|topic|gap|community|agenda|program|project|was|is|has)\\b))\\b");

    /** Right before a name or definition, marks it as someone else's: "the so-called X", "based on X", "such as X". */
    static final Pattern PRIOR_WORK_BEFORE = Pattern.compile(
            "(?i)(?:so-called|known as|based on|buil(?:t|ds?|ding)\\s+(?:up)?on|such as|like|following|via|using|uses|leverag(?:e|es|ing)|employ(?:s|ing)?|of|from"
                    // "a model developed by the European Centre for … (ECMWF)": whoever made it, not what this paper makes (not "proposed
                    // by the Anchor Generator (AAG) module", a part at work)
                    + "|(?:developed|released|maintained)\\s+by"
                    // "implemented atop Google's Agent-to-Agent (A2A) infrastructure"
                    + "|(?:atop|on\\s+top\\s+of)(?:\\s+\\p{L}[\\w-]*'s)?)\\s+(?:the\\s+)?$");

    /** The part after a hyphen that makes a modifier of a name: "-based", "-style", "-guided", "-level" (not a gerund: "Phi-4-reasoning" is a name). */
    static final String MODIFIER_SUFFIXES = "(?:[a-z]+ed|based|like|style|level|specific|aware|free|scale|grained|wise|shot|driven|centric|only|language|domain|intensive|agnostic)";
    private static final Pattern MODIFIER_SUFFIX = Pattern.compile(MODIFIER_SUFFIXES);

    /** "X, Mistral's first reasoning model": a maker's possessive opens an appositive as an article does. */
    static final String MAKERS_POSSESSIVE = "\\p{Lu}[\\p{L}\\p{N}-]*['’]s";
    /** "X, by far the largest … collection": a superlative opens an appositive as an article does. */
    static final String LARGEST_ARTICLE = "(?:by\\s+far\\s+)?the\\s+(?:largest|biggest)";

    /** "models", "LLMs", "VLMs": the nouns a sentence names pretrained models by. */
    static final String MODEL_NOUN = "(?:models?|LLMs?|MLLMs?|VLMs?|LMMs?|LMs)";
    /**
     * Roles a pretrained model fills in the authors' system ("our planner, GPT-4o,", "a judge, …"): named after such a noun, a
     * known family's model is one the paper uses, not one it makes.
     */
    static final String MODEL_ROLE_NOUNS = "policy|network|router|planner|assistant|student|teacher|judge|estimator|detector|retriever"
            + "|generator|verifier|encoder|decoder|transformer|optimi[sz]er|backbone|scheduler|controller|solver|tokenizer";

    /** "evaluate 7 models", "we test several …": the authors counting what they evaluate, not what they make. */
    static final String EVALUATED_COUNT = "(?:evaluat|test|benchmark|compar)\\w*\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)";

    /** "ScanNet test", "BarNet200 val set": the split of a benchmark a score is on, written after its name, no part of the name. */
    static final String SPLIT_AFTER_NAME = "(?:\\s+(?:test|val|validation|dev)(?:\\s+(?:set|split))?)";

    /** The stems of the verbs by which authors make something: "we introduce / release / construct / curate …". */
    static final String MAKING_VERB_STEM = "(?:introduc|present|propos|releas|construct|buil|creat|curat|collect|compil|assembl|develop|open-sourc)";

    /** The mark of an enumerated item: "(1)", "2)", "(iii)", "(b)". */
    /** " in this paper", " in this work": where the authors introduce a name, said between the name and what it is. */
    static final String IN_THIS_PAPER = "\\s+in\\s+this\\s+(?:paper|work|study|article)";
    static final String LIST_MARK = "\\(?\\s*(?:[1-9]|i{1,3}|iv|v|[a-e])\\s*\\)";

    /** A name that says it is a resource: "CodeBench", "Colossal Clean Crawled Corpus", "Agent Arena". */
    static final Pattern RESOURCE_NAME_ENDING = Pattern.compile(
            // "TaskEval", "MT-Eval", "IFEval": a capital E after the name's start, not the "eval" of "Self-Retrieval";
            // "TruthfulQA", "HotpotQA": a question set.
            // Not "GQA" or "MQA" (grouped- and multi-query attention): a capital before QA makes an abbreviation.
            // "FActScore", "BERTScore": a score is a metric.
            "((?i:bench|benchmark|dataset|corpus|arena|gym|suite|archive)|(?<=\\s)Challenge|(?<=[\\p{L}\\p{N}-])Eval|(?<=[\\p{Ll}\\p{N}-])QA|(?<=[\\p{L}\\p{N}-])Score)\\)?$");

    private Cues() {
    }

    /**
     * Whether the text contains one of the words: a cheap test that lets a costly pattern, which cannot match without one
     * of them, be skipped. For a pattern that matches them case-insensitively, pass the lower-cased text.
     */
    static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A resource noun written as part of its name: "the Flora Collection", "The Flora Dataset: …". */
    static final String CAPITALISED_RESOURCE_NOUN = "(?:Dataset|Benchmark|Corpus|Suite|Collection|Testbed|Atlas)";

    /** The kind of resource a noun names: a "corpus" is a dataset, a "simulator" an environment, a "suite" or "testbed" a benchmark. */
    static String resourceKind(String noun) {
        return switch (noun.toLowerCase(java.util.Locale.ROOT)) {
            case "dataset", "data set", "training set", "corpus", "corpora", "archive", "collection", "subset", "atlas" -> "dataset";
            case "environment", "simulator" -> "environment";
            case "metric", "score" -> "metric";
            default -> "benchmark";
        };
    }

    /** ", ", ", and ", " or ": what stands between two items of a list. */
    static final String ITEM_SEPARATOR = "(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)";

    /** ", ", ", and ", " and ": what stands between the names of a list read whole, where "or" joins two spellings of one. */
    static final String AND_SEPARATOR = "(?:\\s*,\\s*(?:and\\s+)?|,?\\s+and\\s+)";
    static final Pattern AND_LIST_SPLIT = Pattern.compile(AND_SEPARATOR);

    /** After an example cue, the list that may run on before a name: "such as Gemini-1.5, DeepSeek-V3, and …". Read with find(). */
    static final String LIST_RUNNING_ON = "\\s+(?:[\\w.-]+,?\\s+(?:and\\s+|or\\s+)?){0,6}$";

    /** "-like", "-style": what follows a name that something resembles ("a BERT-like loss", "a MNIST-like dataset"). */
    static final String RESEMBLANCE_SUFFIX = "-(?:like|style|esque|type)\\b";
    /** "a BERT-like loss", "GPT-style decoding": what resembles a name, said right after it. */
    static final Pattern RESEMBLANCE_AFTER = Pattern.compile("^" + RESEMBLANCE_SUFFIX);
    /**
     * "GPT-4 based agents", "a Multi-layer Perceptron (MLP) based model", "Codex-backboned baselines": what a thing is built
     * from, written after its name — not "second only to GPT-4o based on both benchmarks" (a verb). Read with lookingAt.
     */
    static final Pattern BUILT_FROM_AFTER = Pattern.compile("\\s*[- ]\\s*(?:based|backboned|backed|powered)\\b(?!\\s+(?:on|upon)\\b)");

    /** The kind a name's ending says: "-Bench", "-Arena" and "-Gym" name benchmarks, "-Corpus" a dataset. */
    static String resourceKindOfEnding(String ending) {
        return resourceKind(ending.replaceAll("(?i)^(?:bench|arena|gym)$", "benchmark"));
    }

    static boolean isModifierSuffix(String word) {
        return MODIFIER_SUFFIX.matcher(word).matches();
    }

    /** "such as Gemini-1.5, DeepSeek-V3, and": an example cue, the list running on before the name. */
    static final String EXAMPLES_BEFORE = "(?:like|such as|e\\.g\\.,?|including|for example)" + LIST_RUNNING_ON;
    /** "without", "does not use": what is named next is explicitly not used. */
    static final Pattern NOT_USED = Pattern.compile(
            "(?i)\\b(?:without(?:\\s+(?:any\\s+)?(?:reliance|relying|depending|dependence)\\s+on)?|(?:does|do|did)\\s+not\\s+(?:use|utili[sz]e|rely\\s+on|require|need))"
                    // "without reliance on the commonly used proprietary GPT-4"
                    + "\\s+(?:the\\s+|using\\s+)?(?:(?:commonly\\s+)?used\\s+|proprietary\\s+|closed-source\\s+|powerful\\s+|costly\\s+)*$"
                    // "without costly human annotation or GPT-4 distillation", "without the need for … or synthetic GPT-4 generated data":
                    // the last of what is done without
                    // (not "without changing Llama-2-7B or Mistral-7B weights": what is done without is a thing, not an act)
                    + "|\\bwithout\\s+(?:the\\s+need\\s+for\\s+)?(?![a-z]+ing\\b)[^,.;()]{0,60}?\\s(?:or|nor)\\s+(?:synthetic\\s+|costly\\s+|expensive\\s+)?$");
    /** "such as Gemini-1.5, DeepSeek-V3, and": the example list may run on before the model. */
    static final Pattern EXAMPLE_OF_FIELD = Pattern.compile("(?i)\\b" + EXAMPLES_BEFORE);
    /** "methods such as STaR, ReST and": methods named as examples of a kind, the list running on before the name. */
    static final Pattern METHODS_EXEMPLIFIED = Pattern.compile(
            "(?i)\\b(?:methods|approaches|techniques|algorithms|strategies)\\s+(?:such as|like|e\\.g\\.,?|including)\\s+"
                    + "(?:[\\w.()-]+,?\\s+(?:(?:and|or)\\s+)?){0,6}$");
}

package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Well-known methods and topics the paper compares with or builds on, read from the vocabulary's names in a
 * sentence and the comparison cues around them.
 */
final class MethodComparisonRule {

    private final Gazetteer methods;

    MethodComparisonRule(Gazetteer methods) {
        this.methods = methods;
    }

    /**
     * A well-known method named in an abstract is what the paper compares with or builds on: surely so right
     * after a comparison cue, likely after "using", "adopt", "based on" …, less so elsewhere. Building blocks
     * (architectures, optimisers) are mentioned in passing and count only after a comparison cue.
     *
     * @param opening the abstract's first sentence, which sets the scene ("Chain-of-thought (CoT) prompting reveals
     *                that …"): a method named there without a comparison cue is the field's, not this paper's baseline
     */
    List<Mention> methodComparisons(Gazetteer.Tokens tokens, List<int[]> comparisonWindows, List<int[]> rivals, boolean opening) {
        String sentence = tokens.sentence();
        List<Mention> found = new ArrayList<>();
        boolean ownWork = Cues.FIRST_PERSON.matcher(sentence).find();
        List<Gazetteer.Hit> hits = methods.find(tokens);
        List<int[]> urls = hits.isEmpty() ? List.of() : UrlRule.spans(sentence);
        for (Gazetteer.Hit hit : hits) {
            // "github.com/geekan/MetaGPT" names a repository, not a method the paper builds on; "an MAE of 0.058" is a
            // metric's value (mean absolute error), not the masked autoencoder.
            // "outperforms supervised fine-tuning": a generic regime, no one's method, is no baseline however it is set against.
            if (hit.entry().isParadigm() || UrlRule.covers(urls, hit.start()) || readAsValue(sentence, hit)) {
                continue;
            }
            boolean compared = ComparisonRule.comparedAt(sentence, comparisonWindows, hit.start());
            String before = sentence.substring(Math.max(0, hit.start() - 60), hit.start());
            // "outperform conventional KD methods", "unlike existing CoT prompting methods": a family of methods, no one baseline.
            boolean family = namesAFamily(sentence, hit) || compared && BASED_KIND_AFTER.matcher(sentence.substring(hit.end())).lookingAt();
            // "approaches such as STaR (Zelikman et al., 2022)": cited, it is specific prior work, however the sentence sets the scene.
            // "Despite progress in methods like chain-of-thought prompting and self-consistency, …", "methods such as perplexity
            // and self-consistency": named as the methods the field has tried, they are the prior work the paper answers —
            // as a citation would mark them (models given as examples of the field are not: "LLMs such as GPT-4").
            boolean cited = ComparisonRule.citedAt(sentence, hit.end())
                    || Cues.METHODS_EXEMPLIFIED.matcher(sentence.substring(Math.max(0, hit.start() - 120), hit.start())).find();
            boolean used = USAGE_CUE.matcher(sentence.substring(Math.max(0, hit.start() - 40), hit.start())).find();
            // The opening sentence sets the scene unless the authors say there what they build with ("We present X, which
            // fine-tunes LLMs with LoRA").
            boolean scene = opening && !(ownWork && used);
            if (family || (!compared && !cited && (scene || !ownWork && Cues.EXAMPLE_OF_FIELD.matcher(before).find())) || Cues.NOT_USED.matcher(before).find()
                    || doneWithout(sentence.substring(Math.max(0, hit.start() - 160), hit.start()))
                    || insideLongerName(sentence, hit) || (!compared && !cited && kindOfOwnWork(sentence, hit))
                    // "these CoT steps", "detailed CoT prompts", "chain-of-thought solutions": what a method's output is made of,
                    // named by it, with no word of comparison — material, not a method set against; "long CoT" the same.
                    || (!compared && (ARTEFACT_AFTER.matcher(sentence.substring(hit.end())).lookingAt()
                        || LENGTH_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 40), hit.start())).find()))) {
                // "current methods such as PRMs or self-consistency …": examples of the field, not this paper's baselines;
                // "in zero-shot settings without CoT": explicitly not used.
                continue;
            }
            // A building block counts only right after the cue: "Compared to previous versions of X, Y leverages a
            // larger UNet backbone" compares with X, not with U-Net.
            // Or when the authors say they build with it, named as a technique: "Our model leverages grouped-query attention
            // (GQA) …, coupled with sliding window attention (SWA)" (not "SDXL leverages a three times larger UNet backbone").
            if (!hit.entry().isUsedInPassing() || ComparisonRule.comparedAt(sentence, comparisonWindows, hit.start(), BUILDING_BLOCK_NEAR_CUE)
                    || ComparisonRule.builtWithBefore(sentence, hit.start(), subject -> false)
                        && (ACRONYM_RIGHT_AFTER.matcher(sentence).region(hit.end(), sentence.length()).lookingAt()
                            || VERB_RIGHT_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 30), hit.start())).find())
                    // "We present CogVideoX, a text-to-video model based on diffusion transformer": what the authors' work is built on.
                    || ownWork && BASED_ON_BEFORE.matcher(before).find()) {
                if (compared) {
                    rivals.add(new int[] {hit.start(), hit.end()});
                }
                found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, hit.entry().name(), List.of(hit.surface()),
                        sentence, compared ? ComparisonRule.RULE : ComparisonRule.RULE_BUILDS_ON, compared ? 0.75 : used ? 0.6 : 0.5, null));
            }
        }
        return found;
    }

    private static final Pattern VALUE_AFTER = Pattern.compile("\\s+(?:of|=|:)\\s*[-+]?\\d");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:an?|the)\\s+$");

    /** "an MAE of 0.058", "the PRM = 3.1": an abbreviation read as a metric, with its article — not "a win rate over DPO of 68%". */
    private static boolean readAsValue(String sentence, Gazetteer.Hit hit) {
        return VALUE_AFTER.matcher(sentence).region(hit.end(), sentence.length()).lookingAt()
                && ARTICLE_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 6), hit.start())).find();
    }

    /** "without relying on more complex techniques such as Monte Carlo tree search, value functions, and …": done without. */
    private static final Pattern DONE_WITHOUT = Pattern.compile(
            "(?i)\\bwithout\\s+(?:relying\\s+on|requiring|using|needing|the\\s+need\\s+for|resorting\\s+to)\\b[^.;:()]{0,60}?"
                    + "\\b(?:such\\s+as|like|e\\.g\\.,?|including)\\s[^.;:()]*$");
    /** A new clause after the list: "Without … such as a reward model, our method outperforms DPO" compares with DPO. */
    private static final Pattern NEW_CLAUSE_IN_LIST = Pattern.compile(",\\s+(?:we|our|it|its|this|the proposed)\\b|\\b(?:outperform|surpass|beat|exceed)\\w*");

    private static boolean doneWithout(String before) {
        Matcher without = DONE_WITHOUT.matcher(before);
        return without.find() && !NEW_CLAUSE_IN_LIST.matcher(before).region(without.start(), before.length()).find();
    }

    private static final Pattern TITLE_CASE_WORD_BEFORE = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\p{N}-]*\\s$");

    /**
     * "We present VAPO, Value-based Augmented Proximal Policy Optimization framework": a known long form with a
     * capitalised word right before it is part of a longer name — the paper's own or another method's — not itself.
     */
    private static boolean insideLongerName(String sentence, Gazetteer.Hit hit) {
        String surface = hit.surface();
        if (!surface.contains(" ") || !Character.isUpperCase(surface.codePointAt(0))) {
            return false;
        }
        Matcher word = TITLE_CASE_WORD_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 30), hit.start()));
        return word.find() && !NameShapes.isOrdinary(word.group().strip());
    }

    /**
     * "We introduce EchoDraft, a training-free speculative decoding method", "we propose a divide-and-conquer Monte
     * Carlo Tree Search (MCTS) algorithm named X": the kind of method the paper's own is, not a method it is set against.
     */
    private static boolean kindOfOwnWork(String sentence, Gazetteer.Hit hit) {
        return KIND_OF_OWN_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 120), hit.start())).find()
                && KIND_NOUN_AFTER.matcher(sentence.substring(hit.end())).lookingAt();
    }

    private static final Pattern KIND_OF_OWN_BEFORE = Pattern.compile(
            "(?i)(?:(?:,|--|\\u2014|\\u2013)\\s+|\\b(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|devise[sd]?"
                    + "|(?:propos|introduc|present|develop|design|devis)ing)\\s+)(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}"
                    // the abbreviation after its long form: "a … Monte Carlo Tree Search (MCTS) algorithm"
                    + "(?:[\\w-]+(?:\\s+[\\w-]+){0,4}\\s*\\(\\s*)?$");
    private static final Pattern KIND_NOUN_AFTER = Pattern.compile(
            "^(?:\\s*\\)|\\s*\\([^()]{1,20}\\))?\\s+(?:method|approach|framework|algorithm|technique|strategy|system)\\b");

    private static boolean namesAFamily(String sentence, Gazetteer.Hit hit) {
        return GENERIC_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 30), hit.start())).find()
                && FAMILY_AFTER.matcher(sentence.substring(hit.end())).lookingAt();
    }

    /** "CoT steps", "chain-of-thought sequences", "CoT candidates": what a method's output is made of. */
    private static final Pattern ARTEFACT_AFTER = Pattern.compile(
            "^\\s+(?:steps|prompts|solutions|data|traces|sequences|candidates|processes|trajectories|tokens|lengths?)\\b");
    /** "long chain-of-thought (long-CoT) reasoning", "shorter CoT": a length of output, no method ("via an extended chain-of-thought" uses one). */
    private static final Pattern LENGTH_BEFORE = Pattern.compile("(?i)\\b(?:long|longer|short|shorter|lengthy)\\s+(?:(?:[\\w-]+\\s+){1,3}\\()?$");

    /**
     * "better than a strong MCTS-based baseline", "exceeds PPO-based RLHF", "outperforms CNN based models": after a
     * comparison cue, what a kind of work is built on, not one rival (not "GRPO based on rule-based rewards").
     */
    private static final Pattern BASED_KIND_AFTER = Pattern.compile("^(?:-based\\b|\\s+based\\b(?!\\s+on\\b))");

    private static final Pattern GENERIC_BEFORE = Pattern.compile("(?i)\\b(?:existing|conventional|traditional|prior|previous|standard)\\s+$");
    private static final Pattern FAMILY_AFTER = Pattern.compile("\\s+(?:methods|approaches|techniques|baselines)\\b");

    /** How far after a comparison cue a building block may stand and still be what is compared with. */
    private static final int BUILDING_BLOCK_NEAR_CUE = 55;

    /**
     * "a planner based on flow matching with a Transformer": a few words of the phrase may come first, not a clause
     * ("based on the observation that Transformer attention collapses"). The model rule reads a model right after.
     */
    private static final Pattern BASED_ON_BEFORE = Pattern.compile(
            "(?i)\\b(?:based|built)\\s+(?:up)?on\\s+(?:(?:a|an|the)\\s+)?(?:(?!(?:that|which|whether|how|what|observation|idea|fact)\\b)[\\w-]+\\s+){0,4}$");
    private static final Pattern ACRONYM_RIGHT_AFTER = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L}\\p{N}-]*\\)");
    private static final Pattern VERB_RIGHT_BEFORE = Pattern.compile("(?i)\\b" + ComparisonRule.BUILDS_WITH_STEM + "\\w*\\s+(?:the\\s+|an?\\s+)?$");
    private static final Pattern USAGE_CUE = Pattern.compile(
            "(?i)\\b(?:adopt\\w*|use[sd]?|using|leverag\\w*|employ\\w*|appl(?:y|ies|ied|ying)|via|based on|build\\w* (?:up)?on|"
                    + "extend\\w*|conduct\\w*|combin\\w*|incorporat\\w*|integrat\\w*|with|through|inspired by)\\b(?:\\s+\\S+){0,3}\\s*$");

    /** "outperforms traditional MoE models"; "mainstream GNN variants" or "RAG-based approaches" are a kind of work, no rival. */
    private static final Pattern COMPARED_KIND = Pattern.compile("^[- ](?:models?|baselines?|architectures?)\\b");

    /** "outperforms traditional MoE models": a topic named, by its acronym, as the kind of model compared with. */
    static List<Mention> conceptComparisons(String sentence, List<Gazetteer.Hit> conceptHits, List<int[]> comparisonWindows) {
        List<Mention> found = new ArrayList<>();
        for (Gazetteer.Hit hit : conceptHits) {
            // Only a coined spelling ("MoE models"): "reasoning methods" names no particular method.
            // "unlike traditional MoE approaches": a family of methods again, no one baseline.
            boolean family = namesAFamily(sentence, hit);
            if (!hit.keyword() && NameShapes.isCoined(hit.surface()) && ComparisonRule.inWindow(comparisonWindows, hit.start())
                    && COMPARED_KIND.matcher(sentence.substring(hit.end())).find() && !family) {
                found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, hit.surface(), List.of(), sentence,
                        ComparisonRule.RULE, 0.6, null));
            }
        }
        return found;
    }
}

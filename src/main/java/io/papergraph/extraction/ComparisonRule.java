package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a paper compares with or builds on: known methods and models, or coined names, named shortly
 * after "outperforms", "compared with", "over", "than", "surpasses", "baselines such as", "builds on".
 */
final class ComparisonRule {

    static final String RULE = "comparison";
    static final String RULE_BUILDS_ON = "known-method-mentioned";

    /**
     * "more than 20,000 GPU hours", "over 1,000 experiments", "over 200k instances": a quantity, not a rival, after "than" or "over" — unless it is a
     * share of another's ("more than 95% of the performance of GPT-4") or a name that starts with a digit ("than 4DGS").
     */
    private static final String QUANTITY_AFTER = "\\s+[~≈]?\\d[\\d,.]*+[kKMB×x]?(?![\\p{L}\\d])(?!\\s?%\\s+of\\b)";
    /**
     * Every cue starts with one of these letters: tried first, the test spares the ~45 alternatives at every other word
     * boundary (the end of every word, most word starts).
     */
    private static final String CUE_FIRST_LETTER = "(?=[abcdeigmoprstuvw\\u00e0])";
    private static final Pattern CUE = Pattern.compile(
            "(?i)" + CUE_FIRST_LETTER + "(?:\\b(?:outperform\\w*|surpass\\w*|compared? (?:to|with|against)|"
                    // "we compare our model with FooNet", "When comparing the resulting model (Orca-3) to Mistral-7b-Instruct": what the
                    // paper's own is compared with follows the preposition (not "Comparing the decoder-only BLOOMZ with mT0", two
                    // models a study evaluates, nor "We compare SimPO to DPO across setups, including models such as Mistral").
                    // Not "compare our agent equipped with GPT-4 to …": the tool the authors' own is built with.
                    + "compar(?:e[sd]?|ing)\\s+(?:our|the\\s+(?:resulting|proposed|trained|fine-tuned))\\s(?:[^,;:.()]|\\([^()]{0,30}\\)){1,50}?"
                    + "(?<!equipped|trained|pretrained|pre-trained|augmented|built|combined|paired|coupled|fine-tuned|initiali[sz]ed|powered|integrated|prompted)\\s(?:to|with|against)|(?:benchmark|evaluate|compare)[sd]? (?:\\w+ ){0,3}(?:methods|baselines|approaches|systems|algorithms),? (?:including|such as|like|namely)|compare[sd]? (?:\\w+ ){0,3}(?:models|LLMs|LMs|MLLMs|VLMs),? (?:including|such as|like|namely)|comparison (?:to|with)|in comparison to|than(?!" + QUANTITY_AFTER + ")|over(?<!(?:results|experiments|evaluations|evaluation|averaged|tested|evaluated|conducted) over)(?!" + QUANTITY_AFTER + ")|beat\\w*|"
                    // "responses from LIMA are … strictly preferred to GPT-4", "performance comparable to Llama-2", "on par with GPT-4".
                    + "preferred to|comparable to|on par with|superior (?:performance |results )?to|"
                    // "it performs as well as wav2vec 2.0 in 10.6x less time" (not "GPT-4 as well as Claude", a list)
                    + "(?:perform(?:s|ed|ing)?|works?|does)\\s+as\\s+well\\s+as|"
                    // "better overall performance against existing 7B models such as LLaVA-1.5", "closely ties with ChatGPT": measured
                    // against them (not "robust against attacks").
                    // Not an attack a defence is measured against ("robust accuracy against PGD attacks"), nor tied weights.
                    + "(?:performance|results?|accuracy|scores?|win[- ]rates?(?: of \\d+(?:\\.\\d+)?%)?|gains?) against(?!\\s+(?:[\\w-]+\\s+){0,2}?(?:adversarial|attacks?|perturbations?|corruptions?|noise)\\b)"
                    + "|(?:ties|tying) with|"
                    // "FooLM closes the gap with GPT-4", "narrowing the performance gap to o1": measured against it (not "we close this
                    // gap with FooNet", the authors' own tool). Matched from "gap": a cue starting with "n" would be tried at every
                    // word so starting.
                    + "gap(?<=\\b(?:clos(?:es|ing|ed)|narrow(?:s|ing|ed)|bridg(?:es|ing|ed))\\s{1,3}the\\s{1,3}(?:[\\w-]{1,25}\\s{1,3})?gap)\\s+(?:with|to)|"
                    + "versus|vs\\.?|relative to|baselines?(?: methods?)?(?:,)? (?:such as|including|like)|(?:builds?|built) (?:up)?on|extend(?:s|ing)?|extended(?! (?:chain|context|reasoning|thinking|period|sequence|horizon|training))|an extension of|second only to|(?:its|their|our) predecessors?,?|"
                    // "we propose federated versions of adaptive optimizers, including Adagrad, Adam, and Yogi" (not "we fine-tune two
                    // variants of Llama-2-7B": the list opener says the named ones are what the new versions are of)
                    + "(?:versions?|variants?|extensions?) of (?:[\\w-]+ ){0,3}?[\\w-]+,? (?:including|such as|like|namely)|"
                    // "we evaluate the approach on DETR variants, including DAB-DETR and Deformable-DETR": what the method enhances
                    // (not "by introducing two variants, namely X and Y": what the authors make, counted).
                    + "(?<=\\w )(?<!\\b(?:introduc|propos|develop|design|present|creat|construct)(?:e|es|ed|ing|s) (?:two|three|four|five|several) )variants,? (?:including|such as|like|namely)|"
                    // "Unlike prior pruning methods such as FastV", "We evaluate MoEShard against DeepSpeed": prior work the
                    // paper sets itself against.
                    + "unlike|beyond|\\u00e0 la|"
                    // "Recent research, such as BitNet, is paving the way …": the work the paper continues.
                    + "(?:recent|prior|previous|existing)\\s+(?:research|work|studies|efforts),?\\s+(?:such as|like|including)|"
                    + "(?:evaluat|benchmark|test)\\w*\\s+(?:\\S+\\s+){1,3}?against|"
                    // "-- matching OpenAI's o1", ", matching or exceeding GPT-4": a result set level with a rival's.
                    + "(?<=(?:,|--|\\u2014|;)\\s)matching(?:\\s+or\\s+(?:exceeding|surpassing|outperforming))?|"
                    // "an algorithm inspired by HexPlane", "We are inspired by the recent ImageMAE": built on (not "inspired by the
                    // success of X", a field's news, nor "inspired by human cognition").
                    + "inspired by(?! (?:the )?(?:recent )?(?:success|progress|advances?|observations?|this|these|that|human|how|nature)\\b)"
                    // nor an idea: "inspired by the Global Workspace Theory (GWT)"
                    + "(?![^,.;]{0,40}\\b(?:theory|theories|principles?|psychology|neuroscience|cognition)\\b)|"
                    // "improves on X" (not "a 6% improvement on ColBench", what the gain is measured on)
                    + "improv(?!ements?\\s+on\\b)\\w* (?:up)?on|alternatives? to|better than|competitive (?:with|to)|compet(?:es|ing|e) (?:favou?rably )?(?:with|against)|parity with|trail\\w* behind|rival\\w*|matches|(?:match\\w*|reach\\w*|approach\\w*)\\s+(?:\\d+(?:\\.\\d+)?\\s?%\\s+of\\s+)?(?:the\\s+)?(?:(?:test|top-1|average)\\s+)?(?:accuracy|performance|quality|effectiveness)(?:\\s+levels?)?\\s+of|(?<=\\bto\\s)match(?=\\s+(?-i:\\p{Lu}))|past\\s+that\\s+of|(?<=(?:,|and)\\s)approaching|(?<=\\d%\\s)of(?=\\s+\\S+'s\\s)|(?:performance|accuracy|results?|quality|correctness)\\s+close\\s+to|close\\s+(?:performance|accuracy|correctness|results?)\\s+to|exceed\\w*|comparable (?:performance )?(?:to|with)|comparably (?:to|with)"
                    // "has the same architecture as Mistral 7B", "reaches the same accuracy as X": measured against it.
                    + "|(?:same|similar)\\s+(?:(?!such\\b)[\\w-]+\\s+){0,2}?as(?!\\s+well\\b)"
                    // "our model solves 28.8%, while GPT-3 solves 0%": a contrast of scores.
                    + "|(?<=, )(?:while|whereas)(?=\\s+(?-i:\\p{Lu})[^,;]{0,40}?(?<![\\p{L}\\p{N}.-])\\d+(?:\\.\\d+)?\\s?%))\\b"
                    // "existing eviction policies such as H2O and SnapKV", "existing methods, e.g., FastV": outside the word-bounded
                    // group, as "e.g.," ends in punctuation.
                    + "|(?i:\\b(?:existing|prior|previous|conventional|traditional|other)\\s+(?:[\\w-]+\\s+){0,3}?"
                    + "(?:methods|approaches|techniques|policies|baselines|works|algorithms|strategies|schemes),?\\s+(?:(?:such as|like|including)\\b|\\(?e\\.g\\.,?)))");
    /** "72.9 for MOPO": a baseline's own score said before its name. */
    private static final String SCORE_FOR = "(?:[-+]?\\d+(?:\\.\\d+)?\\s?%?\\s+(?:for|by|of)\\s+)?";
    /** "Wan2.1", "Hunyuan-1.5": a coined name with its dotted version written on. */
    private static final String VERSIONED = "(?<![\\p{L}\\p{N}\\-.])\\p{Lu}[\\p{L}\\p{N}-]*\\d\\.\\d+(?![\\p{L}\\p{N}%]|\\.\\d)";
    /**
     * Further capitalised words that belong to the name: "Swin UNETR", "Hugging Face Accelerate" ("Tree of Thoughts" is
     * not one).
     */
    private static final String NAME_ITEM = "((?:" + VERSIONED + "|" + NameShapes.NAME + "|" + NameShapes.LOWER_COINED + "|" + NameShapes.DIGIT_COINED + ")(?:\\s" + NameShapes.NAME + "){0,2}"
            // "Luma 1.6": a release number written after the name.
            + "(?:\\s\\d+\\.\\d+(?![\\p{L}\\p{N}%]|\\.\\d))?)";
    /** "the operational extrapolation system PySTEPS", "the deep generative baselines DGMR and LDCast". */
    private static final String DESCRIBED = "(?:(?:(?i:the|a|an)\\s+)?(?:[a-z][\\w-]*\\s+|[\\p{L}\\d]+-[a-z]+\\s+|(?:SOTA|SoTA)\\s+){0,3}?"
            + "(?i:systems?|baselines?|methods?|models?|approach(?:es)?|algorithms?|variants?|frameworks?|engines?|libraries|library|agents?)"
            // "outperforms previous state-of-the-art models, including Runway Gen-3, …"; "compared with a larger SOTA
            // model, RAPHAEL, …"
            + "(?:,?\\s+(?:including|such as|like|namely)|,)?\\s+)?";
    private static final Pattern COINED_AFTER = Pattern.compile(
            // "YOLOv7 outperforms: YOLOR, YOLOX, …": the list may follow a colon.
            // "surpass not only the prior best agents, including AppAgent …"
            "^(?:\\s*:)?\\s*(?:(?i:not\\s+only\\s+)?)(?:(?i:the|a|an|strong|existing|(?:performance|efficacy|accuracy|results?|scores?|efficiency)\\s+of|prior|previous|recent|latest|concurrent|state-of-the-art|standard|vanilla|conventional|popular|leading|traditional|baseline|(?:[a-z]+\\s+){0,2}?(?:methods|approaches|paradigms|techniques|frameworks|strategies|optimizers|algorithms),?\\s+(?:like|such as|including)"
                    // "better performance than iterative retrieval like IRCoT": a kind of method, then its example.
                    // Not a setting or data: "on datasets such as X", "prior suites such as RULER".
                    + "|(?:(?!(?:on|in|for|with|of|to|at)\\s|(?:benchmarks?|datasets?|suites?|tasks?|environments?|corpora|leaderboards?)\\s)"
                    + "[a-z][\\w-]*\\s+){1,3}?(?:like|such as))\\s+"
                    // "beats fully supervised PatchTST", "over the optimization-based MVDream": how the rival is built.
                    + "|(?:[a-z]+(?:ly|ed)|[\\p{L}\\d]+-(?:based|free|tuned|trained|supervised|aware|style))\\s+"
                    // "beat the 175B DaVinci003": the rival's size before its name.
                    // Not a kind ("compared to 7B LMMs").
                    + "|\\d+(?:\\.\\d+)?[BM]\\s+(?=\\p{Lu})(?!\\p{Lu}{2,}s\\b)"
                    // "outperforming prompt lookup decoding and REST": a method without a name first, then a named one.
                    + "|(?:(?!(?:on|in|for|with|of|to|at|by|across|from|under|all|both|most|many|its|their)\\s)[a-z][a-z-]*\\s+){1,3}(?:and|or)\\s+){0,6}"
                    // At most six leading words or phrases: the alternatives overlap, and an unbounded loop could backtrack
                    // exponentially on a long run of "x and y" without a name.
                    + DESCRIBED + SCORE_FOR + NAME_ITEM);
    /** The next item of a list of baselines: ", GCE-GNN", ", and S2-DHCN", " or CQL", ", 76.1 for COMBO". */
    private static final Pattern NEXT_ITEM = Pattern.compile("^(?:\\s*\\([^()]{0,30}\\))?(?:\\s*,\\s*(?:(?i:and|or)\\s+)?|,?\\s+(?i:and|or)\\s+)(?:(?i:the)\\s+)?"
            + DESCRIBED + SCORE_FOR + NAME_ITEM);
    private static final int WINDOW = 90;
    private static final Pattern LIST_OPENER = Pattern.compile(",\\s+(?:including|such as|namely)\\s");
    private static final Pattern MORE_RIVALS = Pattern.compile(",\\s+as\\s+well\\s+as\\s");
    /** "Top-2 routing", "ToT prompting", "Program-of-Thought Prompting": the head noun belongs to the name. */
    private static final Pattern METHOD_HEAD = Pattern.compile("^ ((?i:routing|prompting|decoding|search|attention|tuning|merging|distillation|sampling))\\b");

    private ComparisonRule() {
    }

    private static final PerSentence<List<int[]>> WINDOWS = new PerSentence<>(ComparisonRule::windowsIn);

    /** Positions in the sentence from which a compared entity may be named; read by several rules, so found once per sentence. */
    static List<int[]> windows(String sentence) {
        return WINDOWS.of(sentence);
    }

    private static List<int[]> windowsIn(String sentence) {
        List<int[]> windows = new ArrayList<>();
        Matcher cue = CUE.matcher(sentence);
        while (cue.find()) {
            if (ALONGSIDE.matcher(sentence.substring(Math.max(0, cue.start() - 40), cue.start())).find()) {
                // "compatible with most existing techniques, like FlashAttention-2": what the method works with, no rival.
                continue;
            }
            int end = Math.min(sentence.length(), cue.end() + WINDOW);
            // "outperforms many existing systems on the AlpacaEval 2.0 leaderboard, including Claude 2, Gemini Pro and
            // GPT-4": the list the cue opens runs on past the window.
            Matcher list = LIST_OPENER.matcher(sentence).region(cue.end(), end);
            if (list.find()) {
                end = Math.min(sentence.length(), list.end() + WINDOW);
            }
            // "outperforms previous multilingual models like Aya 101 for the languages it covers, as well as widely used models like
            // Gemma, Mistral and Mixtral": the rivals go on after "as well as".
            Matcher more = MORE_RIVALS.matcher(sentence).region(cue.end(), Math.min(sentence.length(), end + 20));
            if (more.find()) {
                end = Math.min(sentence.length(), more.end() + WINDOW);
            }
            // "Unlike prior work, we fine-tune Llama-3-8B …": what follows ", we" is the authors' own setup.
            Matcher own = OWN_CLAUSE.matcher(sentence).region(cue.end(), end);
            if (own.find()) {
                end = own.start();
            }
            windows.add(new int[] {cue.end(), end});
        }
        Matcher statusQuo = STATUS_QUO.matcher(sentence);
        if (statusQuo.lookingAt() && !Cues.FIRST_PERSON.matcher(sentence).region(0, statusQuo.start(1)).find()) {
            // "Federated Averaging (FedAvg) has emerged as the algorithm of choice …": the practice the paper departs from.
            windows.add(new int[] {0, statusQuo.start(1)});
        }
        return List.copyOf(windows);
    }

    private static final Pattern STATUS_QUO = Pattern.compile(
            "^[^,;.]{2,80}?(\\s+(?:(?:has|have)\\s+(?:recently\\s+|now\\s+)?(?:become|emerged as)|(?:is|are|remains?)(?:\\s+currently)?)"
                    // the practice itself ("the de facto standard for", "the algorithm of choice"), not a task that "has emerged
                    // as a critical task" nor "the dominant source of hallucinations"
                    + "\\s+(?:(?:the|a|an|new)\\s+)*(?:(?:de[- ]facto|dominant|standard|prevailing|predominant|mainstream|go-to)\\s+"
                    + "(?:\\w+\\s+)?(?:approach|method|paradigm|practice|architecture|choice|baseline|standard|solution|framework|technique|algorithm)"
                    + "|state[- ]of[- ]the[- ]art\\s+(?:for|in|on)|(?:\\w+\\s+)?(?:algorithm|method|approach|paradigm|architecture|backbone)\\s+of\\s+choice)\\b)");
    private static final Pattern ALONGSIDE = Pattern.compile("(?i)\\b(?:compatible|combined|combinable|integrated|complementary|orthogonal)\\s+(?:with|to)\\s+(?:\\w+\\s+)?$");
    // "…, enabling Llama-3.1-8B to match …": what the authors' method lets a model do, said after the comparison.
    private static final Pattern OWN_CLAUSE = Pattern.compile(",\\s+(?:we|our|enabling|allowing|helping)\\b");

    static boolean inWindow(List<int[]> windows, int position) {
        return windows.stream().anyMatch(w -> position >= w[0] && position < w[1]);
    }

    /** "better than fine-tuning on RoBERTa", "compared to GPT-3 fine-tuned with Adam": what the comparison runs on, not against. */
    private static final Pattern SETTING = Pattern.compile("(?i)\\b(?:on|with|using|via|in)\\b|(?<![\\d%] )\\bfor\\b");

    /**
     * Named in a comparison window as what is compared against: no preposition between the cue and the name
     * that makes it the setting of the comparison instead.
     */
    static boolean comparedAt(String sentence, List<int[]> windows, int position) {
        return comparedAt(sentence, windows, position, Integer.MAX_VALUE);
    }

    /** As {@link #comparedAt(String, List, int)}, at most {@code within} characters after the cue. */
    static boolean comparedAt(String sentence, List<int[]> windows, int position, int within) {
        return windows.stream().anyMatch(w -> position >= w[0] && position < w[1] && position - w[0] < within
                && !SETTING.matcher(listItems(sentence.substring(w[0], position))).find()
                && !(SENTENCE_INITIAL_CUE.matcher(sentence.substring(0, w[0])).matches()
                     && NEW_CLAUSE.matcher(sentence.substring(w[0], position)).find()));
    }

    /**
     * What stands between the cue and a name, from the list opener on when one opened a list of rivals: "outperforms
     * many systems on the X leaderboard, including …" — not when it lists a setting ("on a range of backbones, including …").
     */
    private static String listItems(String between) {
        Matcher opener = LIST_OPENER.matcher(between);
        int from = 0;
        while (opener.find()) {
            if (!SETTING_LISTED.matcher(between.substring(0, opener.start())).find()) {
                from = opener.end();
            }
        }
        return between.substring(from);
    }

    /** The noun a list opener follows says what it lists: backbones, datasets or tasks are the setting. */
    private static final Pattern SETTING_LISTED = Pattern.compile(
            "(?i)\\b(?:backbones?|models|LLMs|architectures|datasets|benchmarks|tasks|settings|domains|languages|scales|sizes)$");
    /** "Compared to X, Y leverages …": the cue opens the sentence, so a clause after a comma is the paper's own. */
    private static final Pattern SENTENCE_INITIAL_CUE = Pattern.compile("(?i)^\\W*(?:\\w+,\\s+)?(?:compared (?:to|with)|in comparison (?:to|with)|relative to|unlike)$");

    /** "Compared to X, SDXL leverages …": the main clause begins, and with it the paper's own description. */
    private static final Pattern NEW_CLAUSE = Pattern.compile(
            ",\\s+(?:\\p{Lu}[\\p{L}\\p{N}-]*|it|our \\w+)\\s+(?!(?:models|methods|baselines|variants|systems|approaches|agents)\\b)\\p{Ll}+s\\b");

    /**
     * Coined names right after a cue ("outperforms ReAct", "over GRPO"), and the rest of a list that starts
     * there ("baselines including SR-GNN, GCE-GNN and DHCN"), that no vocabulary knows; known names come from
     * the vocabulary rules, which know whether they are methods, models or benchmarks.
     *
     * @param rivals where each known name compared with starts and ends: "outperforms the previously reported results
     *               of DeepSeek-R1-Zero-Qwen-32B and DAPO" names DAPO in the list the known model opens
     */
    static List<Mention> coinedNames(String sentence, List<int[]> windows, java.util.function.Predicate<String> known, List<int[]> rivals) {
        List<Mention> found = new ArrayList<>();
        for (int[] w : windows) {
            listFrom(sentence, w[0], COINED_AFTER, known, found);
        }
        for (int[] rival : rivals) {
            listFrom(sentence, rival[1], NEXT_ITEM, known, found);
        }
        for (int[] w : windows) {
            rivalsInParentheses(sentence, w, known, found);
        }
        // "InternVL2-8B and MiniCPM-V 2.6": an item that is itself a known rival is named already, and in full.
        found.removeIf(m -> rivals.stream().anyMatch(r -> sentence.startsWith(m.name(), r[0]) && r[1] - r[0] >= m.name().length()));
        // Two cues may open the same list ("Unlike prior methods such as …").
        return found.stream().distinct().toList();
    }

    private static final Pattern DEFINED_ITEM = Pattern.compile(
            "((?:\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}*)*\\s+(?:(?:of|for|with|in|to|on)\\s+)?){1,6})\\((\\p{Lu}[\\p{L}\\d-]*)\\)");
    private static final Pattern PARTICIPLE_LAST = Pattern.compile("\\b[a-z]+(?:ly|ed)\\s+$");
    private static final Pattern MODIFIES_NOUN = Pattern.compile(
            "\\s+(?!(?:models|methods|baselines|variants|approaches|agents|systems)\\b)\\p{Ll}{3,}s\\b");
    private static final Pattern CATEGORY_AFTER = Pattern.compile(
            "\\s+(?:models|methods|solvers|variants|approaches|baselines|architectures|systems|techniques|algorithms)\\b");

    /**
     * "outperforms … popular MoEs (Tokens Choice and Experts Choice)", "existing few-step methods (GANs, Latent Consistency
     * Models)": a kind of method the cue compares with, its members listed in parentheses. Two items at least, so that an
     * acronym defined in parentheses ("dense Transformers (ViTs)") is not read as a list.
     */
    private static void rivalsInParentheses(String sentence, int[] window, java.util.function.Predicate<String> known, List<Mention> found) {
        Matcher kind = KIND_THEN_PARENTHESIS.matcher(sentence).region(window[0], sentence.length());
        while (kind.find() && kind.start() < window[1]) {
            String[] items = Cues.AND_LIST_SPLIT.split(kind.group(1).strip());
            // "and visual prompting techniques (PIVOT)": one coined name that does not spell the words before it is a rival too.
            // Not a plural ("dense Transformers (ViTs)"), which names a kind again.
            String only = items[0].strip();
            boolean single = items.length == 1 && NameShapes.isCoined(only) && !only.contains(" ") && !only.endsWith("s")
                    && AcronymDefinitions.find(sentence).stream().noneMatch(d -> d.shortForm().equals(only));
            if (items.length < 2 && !single) {
                continue;
            }
            for (String item : items) {
                String name = item.strip();
                // "outperforming base models (43.4% → 46.3%, Pass@64)": the metric a score is in is no rival.
                boolean shaped = !METRIC_AT_K.matcher(name).matches()
                        && (NameShapes.isCoined(name.split("\\s")[0]) ? name.length() > 1 : NameShapes.isCapitalisedPhrase(name));
                if (shaped && !known.test(name) && !NameShapes.isPluralAbbreviation(name)) {
                    found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, name, List.of(), sentence, RULE, 0.6, null));
                }
            }
        }
    }

    private static final Pattern METRIC_AT_K = Pattern.compile("\\p{L}+@(?:\\d+|k)");
    private static final Pattern KIND_THEN_PARENTHESIS = Pattern.compile(
            "\\b(?:models|methods|baselines|approaches|algorithms|systems|techniques|architectures|networks|variants|frameworks"
                    + "|detectors|LLMs|MoEs|optimi[sz]ers|policies|agents|solvers|strategies|Transformers)\\s*\\((?:e\\.g\\.,?\\s*|i\\.e\\.,?\\s*|including\\s+)?([^()]{2,200})\\)");

    /** The names of a list read from {@code at}: the first as {@code first} finds it, the others as list items. */
    private static void listFrom(String sentence, int at, Pattern first, java.util.function.Predicate<String> known, List<Mention> found) {
        int listStart = found.size();
        boolean listed = false;
        Matcher m = first.matcher(sentence.substring(at));
        while (m.find()) {
            Matcher defined = DEFINED_ITEM.matcher(sentence).region(at + m.start(1), sentence.length());
            if (defined.lookingAt()) {
                // "over Neural Graph Collaborative Filtering (NGCF)": a rival spelled out, named by its acronym.
                String acronym = defined.group(2);
                // "Spiking Neural Networks (SNNs)": a plural acronym names a class of models, no rival.
                if (NameShapes.isCoined(acronym) && !NameShapes.isPluralAbbreviation(acronym) && !known.test(acronym) && !known.test(defined.group(1).strip())) {
                    found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, acronym, List.of(defined.group(1).strip()), sentence, RULE, 0.6, null));
                }
                at = defined.end();
                m = NEXT_ITEM.matcher(sentence.substring(at));
                listed = true;
                continue;
            }
            String rest = sentence.substring(at + m.end(1));
            // "traditional PDE solvers", "Transformer-based LTSF models": an acronym of a field before its kind names a class.
            boolean category = m.group(1).matches("\\p{Lu}+s?") && CATEGORY_AFTER.matcher(rest).lookingAt();
            // "computed over masked RGB-D patches": after a participle, a name before a plain noun describes that noun.
            String lead = sentence.substring(at + m.start(), at + m.start(1));
            category |= PARTICIPLE_LAST.matcher(lead).find() && MODIFIES_NOUN.matcher(rest).lookingAt();
            // "surpassing REINVENT (16.03), GraphGA (14.86) and Augmented Memory (17.54)": in a list of named rivals, a
            // later item may be made of ordinary capitalised words.
            boolean afterNamedRival = listed && found.size() > listStart;
            boolean named = isBaselineName(m.group(1), known)
                    || afterNamedRival && m.group(1).contains(" ") && NameShapes.isCapitalisedPhrase(m.group(1)) && !known.test(m.group(1));
            if (named && !category) {
                Matcher head = METHOD_HEAD.matcher(rest);
                String name = head.find() ? m.group(1) + " " + head.group(1) : m.group(1);
                found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, name, List.of(), sentence, RULE, 0.6, null));
            }
            at += m.end(1);
            m = NEXT_ITEM.matcher(rest);
            listed = true;
        }
    }

    /** "(Zelikman et al., 2022)", "(Muqeeth and Raffel 2023)", or "…, was proposed (Muqeeth et al., 2023)": a citation. */
    private static final Pattern CITATION_AFTER = Pattern.compile(
            "^(?:,?\\s+(?:was|were|has been|had been)\\s+(?:proposed|introduced|developed)\\s*)?\\s*\\(\\s*\\p{Lu}[\\p{L}'\\u2019-]+"
                    + "(?:\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'\\u2019-]+)?,?\\s+(?:19|20)\\d\\d[a-z]?(?:\\s*;[^()]*)?\\)");
    private static final Pattern SETTING_BEFORE = Pattern.compile("(?i)\\b(?:on|in|from|using|with)\\s+(?:the\\s+)?$");
    private static final Pattern YEAR_IN_PARENTHESES = Pattern.compile("\\b(?:19|20)\\d\\d[a-z]?\\)");
    private static final Pattern CITED_NAME = Pattern.compile("(" + NameShapes.NAME + "|" + NameShapes.LOWER_COINED + ")(?=,?\\s|\\s*\\()");

    /** ", a recent and powerful 3D reconstruction framework": the name before it is prior work. */
    private static final Pattern PRIOR_WORK_APPOSITIVE = Pattern.compile(
            "(" + NameShapes.NAME + "|" + NameShapes.LOWER_COINED + "),\\s+(?:a|an)\\s+(?:recent|recently[- ]proposed|popular|existing|prior|previous|well-known|widely[- ]used)\\b");

    /** "TTM, based on the light-weight TSMixer architecture": a named kind of method the contribution is built on. */
    private static final Pattern BUILT_ON_NAMED_KIND = Pattern.compile(
            "(?i:\\b(?:based|built)\\s+(?:up)?on\\s+(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+)?)(" + NameShapes.NAME + ")"
                    + "(?=\\s+(?i:architecture|backbone|framework|algorithm|method)s?\\b)");
    /** "into the recently-proposed GraphGPS framework": a name said to be proposed before is earlier work. */
    private static final Pattern PRIOR_WORK_PARTICIPLE = Pattern.compile(
            "(?i:\\b(?:recently|previously|originally)[- ](?:proposed|introduced|developed|released))\\s+(" + NameShapes.NAME + "|" + NameShapes.LOWER_COINED + ")\\b");

    /** A citation right after a name: "such as STaR (Zelikman et al., 2022)" names specific prior work. */
    static boolean citedAt(String sentence, int nameEnd) {
        return sentence.indexOf('(', nameEnd) >= 0 && CITATION_AFTER.matcher(sentence).region(nameEnd, sentence.length()).lookingAt();
    }

    /**
     * "DeepSeek-V3 adopts Multi-head Latent Attention (MLA) and …", "we leverage Low-Rank Adaptation (LoRA) to …": a term
     * defined where the authors, or their method, say they build with it is earlier work the paper builds on. A long form
     * in lower case ("large language models (LLMs)", "low-rank adaptation (LoRA)") is left to the vocabulary, which knows
     * the well-known methods written so and not the field's generic terms.
     */
    static List<Mention> definedWhereBuiltWith(List<String> sentences, List<Mention> mentions, java.util.function.Predicate<String> known) {
        List<String> own = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name).toList();
        List<Mention> found = new ArrayList<>();
        for (String sentence : sentences) {
            boolean buildsWith = BUILDS_WITH_VERB.matcher(sentence).find();
            // Cheap tests first: a definition needs a parenthesis, a use its verb.
            boolean defines = sentence.indexOf('(') >= 0 && (buildsWith || USES_VERB.matcher(sentence).find());
            for (AcronymDefinitions.Definition d : defines ? AcronymDefinitions.find(sentence) : List.<AcronymDefinitions.Definition>of()) {
                boolean generic = !d.capitalised() || NameShapes.isPluralAbbreviation(d.shortForm()) || NameShapes.isOrdinary(d.shortForm());
                if (generic || own.contains(d.shortForm())) {
                    continue;
                }
                if (buildsWith && builtWithBefore(sentence, d.start(), own::contains)) {
                    found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, d.shortForm(), List.of(d.longForm()), sentence,
                            RULE_BUILT_WITH, 0.6, null));
                } else if (definedAsUsed(sentence, d)) {
                    found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, d.shortForm(), List.of(d.longForm()), sentence,
                            RULE_DEFINED_AS_USED, 0.5, null));
                }
            }
            Matcher technique = NAMED_TECHNIQUE.matcher(buildsWith ? sentence : "");
            while (technique.find()) {
                String name = technique.group(1);
                // "the Zeta algorithm" of a proposed Zeta is the paper's own; "the Monte Carlo Tree Search algorithm" is
                // the vocabulary's, read there.
                String named = TECHNIQUE_NOUN.matcher(name).replaceFirst("");
                if (!own.contains(named) && !known.test(named) && !known.test(name) && builtWithBefore(sentence, technique.start(1), own::contains)) {
                    found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, name, List.of(), sentence, RULE_BUILT_WITH, 0.55, null));
                }
            }
        }
        return found;
    }

    /**
     * "SwitchHead uses Mixture-of-Experts (MoE) layers", "an approach based on Twisted Sequential Monte Carlo (TSMC)": a term
     * the abstract defines right where something is said to use it or to be based on it, whoever the subject. Not a kind of
     * model ("based on Multimodal Large Language Models (MLLM)"), nor data ("using the Android-in-the-Wild (AitW) dataset").
     */
    private static boolean definedAsUsed(String sentence, AcronymDefinitions.Definition d) {
        // "Prior systems adopt X (X); ours does not", "unlike methods that use X (X)": a use the sentence sets aside.
        return !USE_SET_ASIDE_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 60), d.start())).find()
                && !USE_DENIED_AFTER.matcher(sentence).region(d.end(), sentence.length()).lookingAt()
                && USED_RIGHT_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 40), d.start())).find()
                && !KIND_OF_MODEL_LONG_FORM.matcher(d.longForm()).find()
                && !RESOURCE_AFTER_DEFINITION.matcher(sentence).region(d.end(), sentence.length()).lookingAt();
    }

    /**
     * A technique named after people or a place, in capitals, and called a method, process or algorithm: "the Monte Carlo
     * method", "a Gram-Schmidt process", "the Kahneman and Tversky Optimization" — not "Our method", not "the DPO algorithm"
     * (an acronym, which the vocabulary or an acronym definition reads).
     */
    private static final Pattern TECHNIQUE_NOUN = Pattern.compile("\\s+\\S+$");
    private static final Pattern NAMED_TECHNIQUE = Pattern.compile(
            "\\b(?:the|an?)\\s+((?!(?:Our|This|These|Their|Its|Proposed|New|Novel)\\b)\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?"
                    + "(?:\\s+(?:and\\s+)?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){0,3}\\s+(?i:method|process|algorithm|optimi[sz]ation|procedure))\\b");

    static final String RULE_BUILT_WITH = "built-with";

    /**
     * Whether the authors say, shortly before {@code at}, that they build with what follows: "we adopt", "our model
     * leverages", or a subject {@code ownName} accepts ("DeepSeek-V3 adopts"); not "existing methods employ".
     */
    static boolean builtWithBefore(String sentence, int at, java.util.function.Predicate<String> ownName) {
        String before = sentence.substring(Math.max(0, at - 140), at);
        // Cheap test first: the pattern, tried at every position, cannot match without one of its verbs.
        if (!Cues.containsAny(before.toLowerCase(java.util.Locale.ROOT), BUILDS_WITH_STEMS)) {
            return false;
        }
        Matcher verb = OWN_BUILDS_WITH.matcher(before);
        if (verb.find()) {
            // "Our method, named … (MOORE), leverages": the subject's name without its brackets and comma.
            return verb.group(1) == null || ownName.test(verb.group(1)) || ownName.test(verb.group(1).replaceAll("^\\W+|\\W+$", ""));
        }
        // "Leveraging normalized Pointwise Mutual Information (nPMI), we identify …": the authors, after the clause.
        // Only when the sentence opens within reach (the look-back is the whole of it): "Leveraging X, we …".
        boolean sentenceOpensBefore = at == before.length();
        return sentenceOpensBefore && OPENING_PARTICIPLE.matcher(before).matches() && OWN_SUBJECT_NEXT.matcher(sentence).region(at, sentence.length()).lookingAt();
    }

    private static final Pattern OWN_SUBJECT_NEXT = Pattern.compile("[^,;:]{0,100},\\s+(?:we|our)\\b");

    private static final String[] BUILDS_WITH_STEMS = {"adopt", "leverag", "employ", "incorporat", "integrat", "inherit"};
    /** The authors' verbs of building with something: "adopts", "leveraging", "employ" … */
    static final String BUILDS_WITH_STEM = "(?:" + String.join("|", BUILDS_WITH_STEMS) + ")";
    private static final Pattern BUILDS_WITH_VERB = Pattern.compile("(?i)\\b" + BUILDS_WITH_STEM);
    static final String RULE_DEFINED_AS_USED = "defined-as-used";
    private static final String USES_STEM = "(?:use[sd]?|using|utili[sz]\\w*|exploit\\w*|appl(?:y|ies|ied|ying)|combin\\w*|based\\s+on|buil(?:ds?|t)\\s+(?:up)?on)";
    private static final Pattern USES_VERB = Pattern.compile("(?i)\\b" + USES_STEM);
    private static final Pattern USED_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:" + USES_STEM + "|" + BUILDS_WITH_STEM + "\\w*)\\s+(?:(?:a|an|the)\\s+)?$");
    private static final Pattern KIND_OF_MODEL_LONG_FORM = Pattern.compile("(?i)\\b(?:models?|networks?|intelligence)$");
    private static final Pattern RESOURCE_AFTER_DEFINITION = Pattern.compile(
            "(?i)[^\\p{L}]*\\s(?:(?:" + ResourceKinds.RESOURCE_NOUNS + "|score)s?|data|corpora)\\b");
    private static final Pattern USE_SET_ASIDE_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:does|do|did)\\s+not|unlike|without|instead\\s+of|rather\\s+than)\\b[^,;]*$");
    private static final Pattern USE_DENIED_AFTER = Pattern.compile("(?i)[^.]{0,40}?\\b(?:does|do|did)\\s+not\\b");
    private static final Pattern OPENING_PARTICIPLE = Pattern.compile("(?i)\\W*(?:by\\s+)?" + BUILDS_WITH_STEM + "ing\\s[^,;:]{0,100}");
    /** The verb nearest the term (no other after it), and its subject: "we", "our proposed method", or a name (group 1). */
    private static final Pattern OWN_BUILDS_WITH = Pattern.compile(
            "(?i)(?:\\b(?:we|our(?:\\s+[\\w-]+){1,3})|(\\S+))\\s+(?:also\\s+|further\\s+)?" + BUILDS_WITH_STEM + "\\w*\\b"
                    + "(?:(?!\\b" + BUILDS_WITH_STEM + ")[^;:]){0,100}$");

    /**
     * Coined names the sentence marks as prior work, wherever they stand: given with a citation ("approaches such as STaR
     * (Zelikman et al., 2022)", "SMEAR, was proposed (Muqeeth et al., 2023)") — not cited data, the setting ("evaluate on
     * HumanEval-X (Zheng et al., 2023)") — or described as recent or popular work ("with DUSt3R, a recent and powerful
     * 3D reconstruction framework"): what the paper builds on or sets itself against.
     */
    static List<Mention> namedAsPriorWork(String sentence, java.util.function.Predicate<String> known) {
        List<Mention> found = new ArrayList<>();
        Matcher cited = CITED_NAME.matcher(YEAR_IN_PARENTHESES.matcher(sentence).find() ? sentence : "");
        while (cited.find()) {
            if (citedAt(sentence, cited.end(1)) && !SETTING_BEFORE.matcher(sentence.substring(Math.max(0, cited.start(1) - 20), cited.start(1))).find()) {
                addPriorWork(found, sentence, cited.group(1), known);
            }
        }
        Matcher described = PRIOR_WORK_APPOSITIVE.matcher(sentence.contains(", a") ? sentence : "");
        while (described.find()) {
            addPriorWork(found, sentence, described.group(1), known);
        }
        Matcher builtOn = BUILT_ON_NAMED_KIND.matcher(sentence.contains(" on ") ? sentence : "");
        while (builtOn.find()) {
            addPriorWork(found, sentence, builtOn.group(1), known);
        }
        Matcher participle = PRIOR_WORK_PARTICIPLE.matcher(
                Cues.containsAny(sentence.toLowerCase(java.util.Locale.ROOT), "recently", "previously", "originally") ? sentence : "");
        while (participle.find()) {
            addPriorWork(found, sentence, participle.group(1), known);
        }
        return found;
    }

    private static void addPriorWork(List<Mention> found, String sentence, String name, java.util.function.Predicate<String> known) {
        if (isBaselineName(name, known)) {
            found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, name, List.of(), sentence, RULE_BUILDS_ON, 0.6, null));
        }
    }

    /** ", ", ", and ", " or ": what separates the items of a list of examples or baselines. */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");
    private static final Pattern EXAMPLES_IN_PARENTHESES = Pattern.compile("\\((?:e\\.g\\.|for example|such as),?\\s+([^()]{1,80})\\)");
    private static final Pattern ITEM_NAME = Pattern.compile(NAME_ITEM);
    private static final Pattern RESOURCE_BEFORE = Pattern.compile("(?i)\\b(?:benchmarks?|datasets?|corpora|corpus|environments?|suites?|tasks?)\\b");

    /**
     * "chain the steps forward (e.g., Selection-Inference) or backward": prior methods given as examples are the
     * related work the paper sets itself against, named in passing.
     */
    static List<Mention> examples(String sentence, java.util.function.Predicate<String> known) {
        List<Mention> found = new ArrayList<>();
        Matcher examples = EXAMPLES_IN_PARENTHESES.matcher(sentence.indexOf('(') < 0 ? "" : sentence);
        while (examples.find()) {
            // "Existing benchmarks (e.g., ToolBench-V)" gives examples of data, not of methods.
            if (RESOURCE_BEFORE.matcher(sentence.substring(Math.max(0, examples.start() - 40), examples.start())).find()) {
                continue;
            }
            for (String item : ITEM_SEPARATOR.split(examples.group(1))) {
                String name = item.strip();
                // "(e.g., Llemma-7B)": a model, which the model rule reads.
                if (ITEM_NAME.matcher(name).matches() && !ModelRule.endsInParameterCount(name) && isBaselineName(name, known)) {
                    found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, name, List.of(), sentence, RULE_BUILDS_ON, 0.5, null));
                }
            }
        }
        return found;
    }

    /** A word of a lower-case method name: "averaging", "best-of-N", "Fisher-weighted"; no word that goes on with the sentence. */
    private static final String LOWER_ITEM_WORD = "(?!(?:on|in|by|with|while|for|to|the|a|an|and|or|at|as|across|using|under|that|which|than|from|over|via|within|without|when|where|even|both|all"
            + "|other|existing|prior|those|these|ones|models|methods|approaches)\\b(?!-))"
            + "(?:[a-z]|\\p{Lu}[a-z]+-)[\\w*-]*";
    private static final String LOWER_ITEM = LOWER_ITEM_WORD + "(?:\\s" + LOWER_ITEM_WORD + "){0,3}";
    /**
     * "outperforms baselines such as Fisher-weighted averaging or model ensembling", "strong baselines including in-context
     * alignment": what the sentence calls the baselines, named in lower case — each a method set against.
     */
    private static final Pattern LOWER_CASE_BASELINES = Pattern.compile(
            "(?i:\\bbaselines?)\\s*,?\\s+(?:such\\s+as|like|including|e\\.g\\.,?|namely)\\s+(" + LOWER_ITEM
                    + "(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)" + LOWER_ITEM + ")*)(?=\\s*[,.;:()]|\\s+(?:while|on|in|by|with|across|using|under|at|for|that|which|as|to|when|where|and|or|but|despite"
                    + "|without|of|from|through|even)\\b|$)");
    /** "prompting-based methods", "RL approaches": a family of methods, no one baseline. */
    private static final Pattern FAMILY_ITEM = Pattern.compile("(?i).*\\b(?:methods|approaches|models|techniques|baselines|systems|algorithms|variants|strategies|ones)$");

    /** Baselines named in lower case after "baselines such as / like / including": each is compared with. */
    static List<Mention> lowerCaseBaselines(String sentence) {
        Matcher listed = LOWER_CASE_BASELINES.matcher(sentence.contains("aseline") ? sentence : "");
        List<Mention> found = new ArrayList<>();
        while (listed.find()) {
            for (String item : ITEM_SEPARATOR.split(listed.group(1))) {
                String name = item.strip();
                if (!name.isEmpty() && !FAMILY_ITEM.matcher(name).matches()) {
                    found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, name, List.of(), sentence, RULE, 0.7, null));
                }
            }
        }
        return found;
    }

    private static final Pattern RELEASED = Pattern.compile("(.+?)\\s\\d+\\.\\d+");

    /** "nnU-Net" or "Swin UNETR" (one word of it coined, all capitalised), not "GPT" or an ordinary capitalised word. */
    private static boolean isBaselineName(String item, java.util.function.Predicate<String> known) {
        Matcher released = RELEASED.matcher(item);
        if (released.matches()) {
            // "Luma 1.6": a capitalised name with its release number is a system's name.
            String base = released.group(1);
            return !NameShapes.isDocumentPart(base) && !known.test(item) && !known.test(base.split("\\s")[0])
                    && java.util.Arrays.stream(base.split("\\s")).allMatch(NameShapes::isCapitalisedName);
        }
        String[] words = item.split("\\s");
        boolean shaped = words.length == 1 ? NameShapes.isCoined(words[0])
                : java.util.Arrays.stream(words).allMatch(NameShapes::isCapitalisedName)
                        && java.util.Arrays.stream(words).anyMatch(NameShapes::isCoined);
        return shaped && !item.matches("[A-Z]{1,2}") && !known.test(item) && !known.test(words[0]);
    }
}

package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First-person contributions: "we propose / introduce / present NAME", "a framework called NAME",
 * "we introduce X, a benchmark …", and acronyms defined in such sentences. A name the vocabulary already
 * knows is prior work, not a contribution.
 */
final class ProposalRule {

    static final String RULE_VERB = "we-propose";
    static final String RULE_NAMING = "called-named";
    static final String RULE_ACRONYM = "proposal-acronym";
    static final String RULE_EARLIER_WORK = "authors-earlier-work";

    private static final Pattern VERB = Pattern.compile(
            // The first letters of the verbs, tested first: the alternatives are tried at no other word boundary.
            // Not "the recently-proposed GraphGPS framework", "a previously introduced method": a participle of earlier work.
            "(?i)(?=[abcdefgiopr])\\b(?<!-)(?<!\\b(?:the|a|an)\\s(?:recently|previously|originally|formerly|first|already)\\s)(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|devise[sd]?"
                    // "we solve this mystery by presenting Graphormer, which …"
                    + "|(?:propos|introduc|present|develop|design)ing"
                    + "|contribute[sd]?|formulate[sd]?|releas(?:e[sd]?|ing)|put forward|offer(?:s|ed)?|provide[sd]?(?=\\s+an?\\s)|construct(?:s|ed)?|curate[sd]?|build|create[sd]?"
                    + "|gather(?:s|ed)?|collect(?:s|ed)?|compile[sd]?|assemble[sd]?|establish(?:es|ed)?|define[sd]?)\\b");
    private static final String NAMING_CUE = "(?i:\\b(?:(?<!so-)called|named|codenamed|dubbed|termed|coined|denoted(?: as)?|nicknamed|refer(?:red)? to (?:it |this |them )?as"
            + "|we (?:call|name|term|dub) (?:it|this|them|these|our \\w+|the (?:resulting|final) \\w+|this (?:[\\w-]+ )?(?:approach|method|framework|technique|procedure|model|strategy|algorithm|paradigm|phenomenon))"
            // "a pipeline we call DialogForge", "which we term pivot tokens"; not "We call GPT-4 through its API".
            + "|(?<=[a-z] )(?-i:we) (?:call|name|term|dub|frame as)))\\s+[\"'“]?";
    /** "E(n)-Equivariant", "SE(3)-Transformer": a symmetry group, its parenthesis and all, joined to the word it qualifies. */
    private static final String SYMMETRY_GROUP_WORD = "(?<![\\p{L}\\p{N}])\\p{Lu}{1,2}\\([\\p{L}\\d,]{1,4}\\)[-\\s]\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*";
    /** A name of several capitalised words: "Streamlined Inference", "Mixture Of Orthogonal Experts". */
    private static final String MULTI_WORD_NAME = "(?:" + SYMMETRY_GROUP_WORD + "|" + NameShapes.NAME + ")"
            + "(?:[ -](?:(?:of|for|and|with|in|the|to|via|on|Of|For|And|With|In|The|To|Via|On)[ -])?" + NameShapes.NAME + "){0,5}";
    /** "called FooNet", "called the Time-series Pile": the article before a capitalised name is no part of it. */
    private static final Pattern NAMING = Pattern.compile(NAMING_CUE + "(?:the\\s+(?=\\p{Lu}))?(" + MULTI_WORD_NAME + ")");
    /** "We tested X on a challenging code generation dataset called …": the naming closes what the authors test on. */
    private static final Pattern TESTED_ON_BEFORE = Pattern.compile(
            "(?i)\\b(?:tested|test|evaluated?|evaluating|experiments?)\\b[^.;]{0,60}?\\bon\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,5}$");
    /** 'called "Pretrain, Personalized Prompt, and Predict Paradigm" (P5)': a quoted long form, commas and all, and its short name. */
    private static final Pattern QUOTED_NAMING = Pattern.compile(NAMING_CUE + "(?<=[\"“])([^\"”]{3,80})[\"”]\\s*\\((" + NameShapes.NAME + ")\\)");
    /** NAMING_CUE cannot match without one of these (lower-cased): four sentences in a hundred have one. */
    private static final String[] NAMING_WORDS = {"called", "named", "dubbed", "termed", "coined", "denoted", "refer", "we call", "we name", "we term", "we dub", "we frame as"};

    /**
     * "we propose a new segmentation task -- reasoning segmentation", "for this new task of subject-driven generation": a new
     * task or setting the authors pose is named by the lower-case words after it.
     */
    private static final Pattern NEW_TASK_NAMED = Pattern.compile(
            "(?i:\\b(?:this|a|an|the|our)\\s+(?:new|novel)\\s+(?:[\\w-]+\\s+){0,2}?(?:task|problem|setting)(?:\\s+of|\\s*(?:--|[—–:])))\\s*"
                    + "([a-z][a-z-]+(?:\\s[a-z][a-z-]+){0,3}?)(?=\\s*[,.;(]|\\s+(?:that|which|where|in which)\\b|$)");
    /** "The resulting models, TagLM, outperform …": what the authors' procedure yields, named in apposition. */
    private static final Pattern RESULTING_NAMED = Pattern.compile(
            "(?i:\\b(?:the|our)\\s+resulting\\s+(?:[\\w-]+\\s+){0,2}?(?:models?|methods?|systems?|agents?|datasets?|framework|polic(?:y|ies)|family)"
                    + "\\s*,?\\s+(?:(?:called|named|dubbed|termed)\\s+)?)(" + NameShapes.NAME + ")(?=\\s*[,.;(])");
    private static final Pattern COINED_PAIR = Pattern.compile("(\\S+) and (\\S+)");
    private static final Pattern TASK_BEFORE_NAMING = Pattern.compile("(?i)\\b(?:task|setting|problem)\\s*$");
    /** "we propose a new paradigm …, centered around \\textit{task vectors}": a term the authors set in italics as they propose. */
    private static final Pattern EMPHASISED_TERM = Pattern.compile("\\\\(?:textit|emph)\\{([a-z][a-z-]+(?:\\s[a-z][a-z-]+){0,3})}");

    private static final Pattern USE_VERB_BEFORE = Pattern.compile(
            "(?i)\\b(?:use[sd]?|using|adopt\\w*|leverag\\w*|follow\\w*|employ\\w*|appl(?:y|ies|ied|ying)|rel(?:y|ies|ied|ying)\\s+on)\\s+(?:an?\\s+)");
    private static final Pattern PHENOMENON_BEFORE = Pattern.compile(
            "(?i)\\b(?:phenomen(?:on|a)|effects?|behaviou?rs?|failure modes?|bias(?:es)?|patholog(?:y|ies)|trends?)\\s*,?\\s*(?:that\\s+|which\\s+)?$");
    private static final Pattern KIND_BEFORE_NAMING = Pattern.compile(
            "(?i)\\b(?:a|an)\\s+(?:(?!popular|existing|standard|well-known|common)[\\w-]+\\s+){0,2}(?:method|approach|technique|framework|algorithm|strategy|paradigm)\\s+$");
    /** The verbs with which authors put forward what they made. */
    private static final String AUTHORS_VERB = "(?:propose|introduce|present|develop)";
    private static final String CAPITALISED_WORD = "\\p{Lu}[\\p{L}\\p{N}]*+(?:-\\p{Lu}[\\p{L}\\p{N}]*+)*+";
    /**
     * "we further introduce a Physically Interpretable Unified Action Space, which …": not before "(" or "-based". Words
     * joined by spaces only, each taken whole: a run of hyphenated words ("Ab-Ab-Ab-…") has one reading, not n⁵.
     */
    private static final Pattern ARTICLE_THEN_TITLED = Pattern.compile(
            "\\b(?i:we)\\s+(?:[a-z]+ly\\s+|further\\s+|also\\s+)?(?:" + AUTHORS_VERB + "|design)\\s+(?:a|an)\\s+(?:(?i:new|novel)\\s+)?"
                    + "(" + CAPITALISED_WORD + "(?: " + CAPITALISED_WORD + "){1,5}+)(?=\\s+[a-z]+\\b|\\s*[,.;:]|$)");
    /** "we introduce a 1-bit LLM variant, namely BitNet b1.58," — not "we evaluate on two benchmarks, namely GSM8K and MATH". */
    private static final Pattern KIND_NAMELY = Pattern.compile(
            "(?i:\\bwe\\s+" + AUTHORS_VERB + "\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,6}?"
                    + "(?:variant|model|method|framework|approach|algorithm|architecture|system|agent|technique|strategy|scheme|module|pipeline),?\\s+namely)\\s+"
                    // The whole name up to its comma; one defined by an acronym ("namely Stepwise … (SSC-CoT)") is read as such.
                    + "(" + MULTI_WORD_NAME + "(?:\\s[a-z]?\\d[\\w.]*)?)(?=\\s*[,.;]|$)");
    /** "we propose a novel prompting strategy, least-to-most prompting." — a kind called new, then its name in apposition. */
    private static final String NOT_IN_LOWER_NAME = "(?:in|by|for|with|to|of|on|at|from|as|than|and|or|[a-z]+ed)\\b";
    private static final Pattern NEW_KIND_THEN_NAME = Pattern.compile(
            "(?i:\\b" + AUTHORS_VERB + "s?\\s+(?:a|an)\\s+(?:simple\\s+(?:but|yet)\\s+effective\\s+)?(?:novel|new)\\s+"
                    + "(?:[\\w-]+\\s+){0,2}(?:strategy|method|technique|approach|algorithm|paradigm|objective|mechanism)),\\s+"
                    // The name closes the apposition ("…, self-consistency, to …", "…, least-to-most prompting."); no word of it a
                    // preposition or a participle ("a novel approach, in contrast to …", "a new method, inspired by …").
                    + "(?!(?:namely|called|dubbed|termed|which|that|where|based|i\\.e)\\b)((?:(?!" + NOT_IN_LOWER_NAME + ")[a-z][a-z-]+)"
                    + "(?: (?!" + NOT_IN_LOWER_NAME + ")[a-z][a-z-]+){0,3})(?=\\s*[.;,])");
    /** The kinds of part a paper may call new and name right after: "new activation functions SwooshR and SwooshL". */
    private static final String NEW_PART_KINDS = "functions?|layers?|loss(?:es)?|optimi[sz]ers?|modules?|operators?|activations?|mechanisms?"
            + "|blocks?|methods?|algorithms?|strategies|strategy|techniques?|objectives?|formats?|encodings?|architectures?";
    private static final String NEW_PART_KIND = "(?:" + NEW_PART_KINDS + ")";
    /** "we have developed two …", "we propose two …": the authors making things they are about to count. */
    private static final String COUNT_MADE = "\\bwe\\s+(?:have\\s+|also\\s+|further\\s+)?(?:develop|design|propose|introduce|present|devise|create|construct)(?:s|d|ed)?\\s+";
    private static final Pattern NEW_KIND_NAMES_LISTED = Pattern.compile(
            "(?i:\\b(?:new|novel)\\s+(?:[a-z][\\w-]*\\s+){0,2}?" + NEW_PART_KIND + ",?|"
                    // "we have developed two metrics, WB-Reward and WB-Score, which …": a count of things the authors made.
                    + COUNT_MADE + "(?:two|three|four|five|several)\\s+"
                    + "(?:new\\s+|novel\\s+)?(?:[a-z][\\w-]*\\s+){0,2}?(?:" + NEW_PART_KINDS + "|metrics?|variants?|models?)\\s*,)\\s+(" + CAPITALISED_WORD
                    + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + CAPITALISED_WORD + ")*)(?=\\s*[,.;:(]|\\s+(?:that|which|to|for|in|with|is|are|work|works|can)\\b)");
    /** "we integrate SALE … into TD3 to form the TD7 algorithm": what the authors' combining of parts into a whole forms. */
    private static final Pattern FORMED_NAMED = Pattern.compile(
            "(?i:\\b(?:integrat|combin|incorporat|merg|fus)\\w*\\s+[^.;]{1,120}?\\binto\\s+[^.;]{1,60}?\\s+(?:to\\s+form|forming)\\s+(?:the|a|an|our)\\s+(?:new\\s+|novel\\s+)?)(" + NameShapes.NAME
                    + ")\\s+(?i:algorithm|method|model|framework|agent|system|architecture|policy|approach)\\b");
    /** "Recent studies propose …", "Prior work introduces …": the sentence speaks of others' work. */
    private static final Pattern PRIOR_WORK_SUBJECT = Pattern.compile(
            "(?i)^(?:[A-Z][a-z]+,\\s+)?(?:recent|prior|previous|existing|other|earlier)\\s+(?:[\\w-]+\\s+){0,2}?(?:work|works|studies|research|methods|approaches|papers)\\b");
    /** "We present deita (short for Data-Efficient Instruction Tuning for Alignment), …": a name of any case the authors spell out. */
    private static final Pattern SPELLED_OUT_NAME = Pattern.compile(
            "(?i:\\bwe\\s+(?:\\w+\\s+)?" + AUTHORS_VERB + "\\s+)([\\p{L}][\\p{L}\\p{N}-]{2,})\\s*\\((?i:short\\s+for|which\\s+stands\\s+for|standing\\s+for)\\s+([^()]{5,80})\\)");
    /** "S-LoRA proposes Unified Paging": the paper's own contribution, named earlier, puts forward a part. */
    private static final Pattern NAME_PUTS_FORWARD = Pattern.compile("(" + NameShapes.NAME + ")\\s+(?:also\\s+|further\\s+|then\\s+)?(?:proposes|introduces|develops)\\s+"
            + "(?:(?:a|an|the)\\s+)?(?:(?:new|novel)\\s+)?(" + MULTI_WORD_NAME + ")(?=\\s*[,.;:]|\\s+(?:that|which|to|for|in|with|as)\\b)");

    /** "which we refer to as algorithmic prompting." — a lower-case name, up to four words, ending the clause. */
    private static final Pattern LOWERCASE_NAMING = Pattern.compile(NAMING_CUE + "(?!(?:for|on|upon|the|a|an|this|it|them|these|that|to|as|into)\\b)([a-z][a-z-]+(?: [a-z][a-z-]+){0,3})[\"'”]?(?=\\s*[.,;)])");
    /**
     * "we propose an automatic CoT prompting method: Auto-CoT." — not the first item of a list ("speech across six
     * languages: English, Chinese, …").
     */
    private static final Pattern NAME_AFTER_COLON = Pattern.compile("^[^.:;]{0,80}?:\\s*[\"'“]?(" + NameShapes.NAME + ")[\"'”]?(?=\\s*(?:[.;(]|$|,(?!\\s*\\p{Lu}[\\p{L}\\p{N}-]*\\s*,)))");
    /** "our final method, MC-SMoE (…)", "our framework, X," */
    private static final Pattern OUR_METHOD = Pattern.compile(
            "(?i:\\bour (?:[\\w-]+ )?(?:method|framework|approach|model|algorithm|system|agent|pipeline|technique|architecture|benchmark|dataset)),?\\s+[\"'“]?("
                    + NameShapes.NAME + ")");
    /**
     * "Our models, OctoCoder and OctoGeeX, achieve …", "we introduce our first-generation reasoning models, Zeta-R1-Zero
     * and Zeta-R1.": the names set off after the plural.
     */
    private static final Pattern OUR_NAMED_MODELS = Pattern.compile(
            "(?i:\\bour (?:(?!(?:base|target|backbone|teacher|student|victim|reference|baseline|source|seed)\\b)[\\w-]+ ){0,3}(?:models|agents|systems|methods|variants)),\\s+("
                    + NameShapes.NAME + "(?:(?:,\\s+|,?\\s+and\\s+)" + NameShapes.NAME + ")+)\\s*(?:[,;]|\\.(?:\\s|$)|$)");
    /** "We introduce our …", "we release our …": the verb that governs "our". */
    private static final Pattern RELEASING_VERB_BEFORE = Pattern.compile("(?i)\\b(?:propose|introduce|present|release)[sd]?\\s+$");
    /** Between the items of a list: "A, B, and C", "A and B". */
    private static final String NOT_A_ROLE = "(?!(?i:baselines?|competitors?|counterparts?|implementations?|reproductions?)\\b)";
    private static final String NOT_A_ROLE_AFTER = "(?!\\s+(?i:baselines?|competitors?|counterparts?|implementations? of|reproductions? of)\\b)";
    /** "Our MCoT aims to …", "our ProcX model": a coined name the authors call theirs (not "our GPT-4 baseline"). */
    private static final Pattern OUR_NAME = Pattern.compile(
            "(?i:\\bour)\\s+(" + NameShapes.NAME + "(?:\\s" + NOT_A_ROLE + NameShapes.NAME + "){0,2})" + NOT_A_ROLE_AFTER + "(?=[\\s,.;:)])");
    /** "we train Dojo-Coder-32B from …", "fine-tuning on X yields ProofPath-7B": a sized model the paper makes. */
    private static final Pattern TRAINED_MODEL = Pattern.compile(
            "(?i:\\b(?:we\\s+(?:\\w+\\s+)?train|(?:and|to)\\s+train|yield(?:s|ing)?|result(?:s|ing)? in|obtain(?:s|ing)?))\\s+(?:(?i:a|the|our)\\s+)?("
                    // (a name with its size among its parts, "Foo-32B" or "Foo-32B-Instruct": the name pattern takes hyphenated parts whole)
                    + "(?=\\p{Lu}[\\p{L}\\p{N}-]*-\\d+(?:\\.\\d+)?[BM](?![\\p{L}\\d]))" + NameShapes.NAME
                    // "… and use it to train UGround, a strong universal visual grounding model": a coined name described as a model.
                    + "|" + NameShapes.NAME + "(?=\\s*,\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:model|LLM|MLLM|VLM|agent|policy|network|classifier|encoder|detector|retriever|verifier)\\b))");
    /** ", a tool-augmented LLM", ", a generalist web agent": what the authors train is a language model or an agent they name. */
    private static final Pattern OWN_MODEL_KIND_AFTER = Pattern.compile(
            "\\s*,\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:LLM|MLLM|VLM|(?:language|foundation|vision-language|multimodal)\\s+model|agent)\\b");
    /** "AgentTuning is used to instruction-tune the Llama 2 series, resulting in AgentLM.": what the authors' training yields. */
    private static final Pattern RESULTING_MODEL = Pattern.compile(
            // "…, resulting in DeepSeek-GRM models."
            "(?i:\\b(?:result(?:s|ing)?\\s+in|yield(?:s|ing)?))\\s+(" + NameShapes.NAME + ")(?=(?:\\s+(?-i:models?))?\\s*(?:[.;]|$|\\(|,\\s+(?:a|an|which|whose)\\b))");
    private static final Pattern NAME_AFTER_VERB = Pattern.compile(
            "^\\s*(?:(?i:a|an|the)\\s+)?(?:(?i:new|novel|simple|general|unified|first|large-scale|challenging|comprehensive|modular|lightweight|scalable|flexible|generic|versatile|open-source)\\s+)*"
                    + "(?:(?i:framework|method|approach|model|algorithm|system|architecture|technique|agent)\\s+)?[\"'“]?("
                    // "we introduce Retro 48B, the largest LLM …": the size written after the name belongs to it.
                    // "We introduce MedMNIST v2, a large-scale …": or its version.
                    + NameShapes.NAME + "(?:\\s\\d+(?:\\.\\d+)?[BM](?![\\p{L}\\p{N}])|\\s[vV]\\d+(?:\\.\\d+)*(?![\\p{L}\\p{N}]))?|" + NameShapes.LOWER_COINED + ")(?:!(?=[\"'”]))?[\"'”]?(?=\\s*(?:[,:;(]|--|[—–]|\\.(?:\\s|$)|$|\\s(?i:to|for|that|which|as|in|with|by|on|and|benchmark|dataset|suite|environment|framework|method|model|algorithm|agent|system|approach"
                    // "we introduce a novel Meta-Rewarding step to …": the kind of part it is.
                    + "|step|stage|mechanism|module|strategy|technique|scheme|procedure|objective|loss|layer|paradigm|pipeline|architecture)\\b))");
    private static final Pattern APPOSITIVE_BEFORE = Pattern.compile(
            "(?i:\\b(?:framework|method|approach|model|algorithm|agent|system|technique|benchmark|dataset|paradigm|architecture|pipeline|strategy|module|task|suite|environment|metric|toolkit|library|prompting|mechanism|scheme|procedure|objective|recipe|protocol"
                    // "we introduce a family of models, Phoenix, trained on …"
                    + "|(?:family|series|suite)\\s+of\\s+(?:[\\w-]+\\s+)?models)(?:\\s+(?:challenge|suite|collection))?)(?:,|\\s*--|\\s*—|\\s*:)\\s+[\"'“]?("
                    + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,2})[\"'”]?\\s*[,(.;]");
    /** "s1K", "m3x": a lower-case name with a digit in it, a name only where the context says so. */
    private static final String LOWER_DIGIT_NAME = "(?<![\\p{L}\\p{N}-])(?!v\\d)\\p{Ll}{1,3}\\d[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*(?![\\p{L}\\p{N}-])";
    private static final Pattern LOWER_DIGIT_NAME_PATTERN = Pattern.compile(LOWER_DIGIT_NAME);
    /** "The resulting dataset AlphaX consists of …", "our new benchmark Y": a resource this paper introduces. */
    private static final Pattern OWN_RESOURCE = Pattern.compile(
            "(?i:\\b(?:our|the resulting|the new|a new|a novel|the proposed|this new"
                    // "we collect an instruction-tuning dataset CodeActInstruct"
                    + "|we\\s+(?:also\\s+|further\\s+)?(?:collect(?:ed)?|construct(?:ed)?|buil[dt]|curated?|created?|compiled?|assembled?)\\s+(?:a|an))"
                    + "\\s+(?:new\\s+|novel\\s+)?(?:[a-z-]+\\s+){0,2}?"
                    + "(benchmark|dataset|suite|environment|corpus|testbed|archive|collection))\\s*,?\\s+[\"'“]?("
                    // "we curate a small dataset s1K of 1,000 questions": a lower-case name with a digit in it too
                    + NameShapes.NAME + "|" + LOWER_DIGIT_NAME + ")");
    /**
     * "trained on MathInstruct, our meticulously curated instruction tuning dataset": the name, then ours — made by the
     * authors, or nothing said between ("X, our dataset"); not "GSM8K, our main evaluation benchmark".
     */
    private static final Pattern NAME_THEN_OUR_RESOURCE = Pattern.compile(
            "(" + NameShapes.NAME + "),\\s+(?i:our\\s+(?:(?:[\\w-]+\\s+){0,2}?(?:new|newly|own|curated|collected|constructed|built|created|compiled|synthesized|proposed)\\s+"
                    + "(?:[\\w-]+\\s+){0,3}?)?(benchmark|dataset|suite|corpus|testbed|collection|environment))\\b");
    /** "our long instruction-following LongAlpaca dataset": the paper's own resource, its name before the noun. */
    private static final Pattern OWN_RESOURCE_NAMED_BEFORE = Pattern.compile(
            "(?i:\\bour\\s+(?:(?!(?:on|in|of|for|to|at|by|from|with|across|the|a|an|and|or|is|are|was|were|method|model|approach|experiments?|results?)\\b)[a-z][\\w-]*\\s+){0,3}?)"
                    + "(" + NameShapes.NAME + ")\\s+(?i:benchmark|dataset|suite|corpus|testbed)\\b");
    private static final Pattern EVALUATOR_BEFORE = Pattern.compile("(?i)\\b(?:evaluator|metric|judge)\\s*[:,]?\\s*$");
    private static final Pattern NEW_RESOURCE_DEFINED = Pattern.compile(
            "(?i)\\b(?:a|an)\\s+(?:novel|new)\\s+(?:metric|measure|benchmark|dataset|corpus)\\s*,\\s+(?:the\\s+|called\\s+|named\\s+)?$");
    private static final Pattern NAMING_VERB = Pattern.compile("(?i)(?:propos|introduc)e[sd]?|(?:present|construct|design|develop)(?:s|ed)?");
    private static final Pattern DEFINITION_ENDS = Pattern.compile("\\s*(?:[,.;:]|$|(?:for|to|that|which|as|in|on)\\b)");
    /** A verb, then the name or an article: the indefinite one (group 1) introduces a kind of thing, not the thing. */
    /** "the notion of Flow Matching (FM)": the idea a name stands for. */
    private static final String NOTION_OF = "(?:notion|concept|idea)\\s+of\\s+";
    private static final Pattern NOTION_OF_BEFORE = Pattern.compile("(?i)\\bthe\\s+" + NOTION_OF + "$");
    /** The verb, then an article, or the idea the name stands for ("we present the notion of Flow Matching (FM)"). */
    private static final Pattern VERB_THEN = Pattern.compile("\\w+\\s+(?:the\\s+(?:" + NOTION_OF + ")?|(an?\\s+))?");
    /** "our new \"Colossal Clean Crawled Corpus\"": a new resource whose name ends in what it is. */
    private static final Pattern NEW_NAMED_RESOURCE = Pattern.compile(
            "(?i:\\b(?:our|a|the)\\s+(?:new|novel)\\s+)[\"“]?((?:\\p{Lu}[\\p{L}\\p{N}-]*\\s+){1,4}(?:Corpus|Dataset|Benchmark|Suite|Collection))\\b");
    /** The resource after "the": a name, then its noun, capitalised as part of the name (group 2) or not (group 3). */
    private static final String THE_NAMED_RESOURCE = "(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,2}?)\\s+"
            + "(?:(" + Cues.CAPITALISED_RESOURCE_NOUN + ")|(?i:(dataset|benchmark|suite|corpus|collection|testbed)))\\b";
    /** "We introduce the Flora dataset, …", "we release the Flora Evaluation Suite": a named resource the authors make. */
    private static final Pattern WE_INTRODUCE_THE_RESOURCE = Pattern.compile(
            // "we develop and open-source the Aya Dataset, …": two verbs may share the object.
            "(?i:\\bwe\\s+(?:also\\s+|further\\s+|publicly\\s+)?(?:" + Cues.MAKING_VERB_STEM + "\\w*\\s+and\\s+)?" + Cues.MAKING_VERB_STEM + "\\w*\\s+the\\s+)"
                    + THE_NAMED_RESOURCE);
    /** "…, the Aya Collection, and the Aya Evaluation Suite": more resources of the same making, listed after the first. */
    private static final Pattern NEXT_NAMED_RESOURCE = Pattern.compile("\\G\\s*,\\s*(?:and\\s+)?(?i:the)\\s+" + THE_NAMED_RESOURCE);
    /** "3 newly created datasets (IQTest, FunctionQA, and PaperQA)": resources the paper makes, named in parentheses. */
    private static final Pattern NEW_RESOURCES_LISTED = Pattern.compile(
            "(?i:\\b(?:newly\\s+(?:created|collected|constructed|annotated|curated)"
                    // "we create three new datasets (…)", not "transfers to novel datasets (…)" nor "two new benchmarks (…) released after"
                    + "|" + Cues.MAKING_VERB_STEM + "\\w*\\s+(?:(?:two|three|four|five|six|\\d+|several)\\s+)?(?:new|novel))"
                    // "(i.e., IQTest, FunctionQA, and PaperQA)"
                    + "\\s+(?:[a-z-]+\\s+)?(datasets|benchmarks))\\s*\\((?:(?:i\\.e\\.|e\\.g\\.|namely)\\s*,?\\s*)?("
                    + NameShapes.NAME + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + NameShapes.NAME + ")+)\\)");
    /** "We are releasing … and the corresponding dataset (SA-1B)": a resource named in parentheses after its noun. */
    private static final Pattern RESOURCE_IN_PARENTHESES = Pattern.compile(
            "(?i:\\b(?:dataset|benchmark|corpus))\\s*\\((" + NameShapes.NAME + ")\\)");
    /** "TextCraft -- a novel compositional dataset that we introduce": the name first, the first person after it. */
    private static final Pattern RESOURCE_WE_INTRODUCE = Pattern.compile("(" + NameShapes.NAME + ")\\s*(?:--|—|–|,)\\s*(?i:an?\\s+"
            + "((?:new|novel)\\s+)?(?:[\\w-]+\\s+){0,3}?)(benchmark|dataset|environment|suite|corpus|testbed|collection|archive|evaluation set)s?\\b"
            // "MedSeg-21, a curated collection of 21 public datasets that we harmonize and release"; "HumanEval, a new
            // evaluation set we release"
            + "(?=[^.;]{0,80}?(?i:\\b(?:(?:that|which)\\s+)?we\\s+(?:\\w+\\s+){0,2}(?:introduce|propose|present|release|build|construct|create|develop|design"
            + "|assemble|curate|collect|harmoni[sz]e|make)))");
    /** "we introduce two tasks: state checking, and state transition", "two new tasks …: (1) X, and (2) Y". */
    private static final Pattern ENUMERATED_CONTRIBUTIONS = Pattern.compile(
            // Not the tasks a method is evaluated across: "a comprehensive evaluation of our method across five tasks: …".
            "(?i:(?<!\\b(?:across|on|over|in|of)\\s(?:(?:the|all|these|its|our)\\s)?)\\b(?:two|three|four|five|2|3|4|5)\\s+(?:(?:new|novel)\\s+)*(?:tasks|sub-?tasks)\\b)"
                    + "[^:.;]{0,80}:\\s*([^.]+?)(?=\\.(?:\\s|$)|$)");
    private static final Pattern ENUMERATED_RESOURCES = Pattern.compile(
            "(?i:\\b(?:introduc|present|propos|releas|buil|construct|creat|curat)\\w*\\s+(?:two|three|four|2|3|4)\\s+(?:new\\s+|novel\\s+)?(benchmarks|datasets|environments)\\s*:\\s*)");
    /** "we present the Long Range Graph Benchmark (LRGB) with 5 graph learning datasets: PascalVOC-SP, COCO-SP, …". */
    private static final Pattern RESOURCES_LISTED_AFTER_COUNT = Pattern.compile(
            // The count hangs on what is introduced ("with 5 … datasets:"), not on what it is evaluated on ("… on three datasets:").
            "(?i:\\b(?:introduc|present|propos|releas|buil|construct|creat|curat|collect)\\w*\\b[^.;:]{0,120}?"
                    + "\\b(?:with|of|comprising|containing|consisting\\s+of)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:new\\s+|novel\\s+)?(?:[\\w-]+\\s+){0,3}?(benchmarks|datasets|environments)\\s*:\\s*)"
                    + "([^.;]+)");
    private static final Pattern DESCRIBED_RESOURCE_ITEM = Pattern.compile(
            "\\G(?:\\s*;\\s*(?:and\\s+)?|[^;.]*?;\\s*(?:and\\s+)?)??(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,2})\\s*,\\s+an?\\s");
    /** One to four words, none of them a function word: a name, not a clause. */
    private static final Pattern ENUMERATED_NAME = Pattern.compile(
            "(?!.*\\b(?i:the|a|an|of|for|to|how|that|which|with|by|in|on|our|we|is|are)\\b)[\\p{L}][\\p{L}\\p{N}-]*(?:\\s[\\p{L}\\p{N}-]+){0,3}");
    private static final Pattern ENUMERATION_MARK = Pattern.compile("^\\s*" + Cues.LIST_MARK + "\\s*");
    private static final String RESOURCE_NOUNS = "benchmark|dataset|data set|test set|evaluation set|prompt set|question set|corpus|suite|environment|testbed|test bed|metric|archive|collection|arena|subset";
    private static final Pattern RESOURCE_RIGHT_AFTER = Pattern.compile("(?i)\\s+(?:[\\w-]+\\s+)?(?:" + RESOURCE_NOUNS + ")s?\\b");
    private static final Pattern RESOURCE_NOUN = Pattern.compile("(?i)\\b(" + RESOURCE_NOUNS + ")s?\\b");
    private static final String METHOD_NOUNS = "framework|method|approach|model|algorithm|agent|system|technique|paradigm|architecture|pipeline|strategy|module|mechanism|prompting|policy|procedure|objective|loss|decoding|routing|tuning";
    private static final Pattern METHOD_NOUN = Pattern.compile("(?i)\\b(" + METHOD_NOUNS + ")s?\\b");
    private static final Pattern EARLIER_WORK_OPENING = Pattern.compile(
            "(?i)^\\W*(?:recently|previously|prior|previous|existing|earlier)\\b|\\b(?:so-called|known as|such as|like|e\\.g\\.,?)\\s+$");
    /** "design a significantly improved class of Normalizer-Free ResNets", "introduce a new family of Foo Models". */
    private static final Pattern CLASS_OF_NAMES = Pattern.compile(
            "(?i:\\b(?:propos|introduc|present|design|develop|buil|creat|construct)\\w*\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:class|family)\\s+of\\s+)"
                    + "(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,3})(?=\\s*[,.;(]|\\s+(?:that|which|for|with|to)\\b)");
    /** "using OSS-Instruct, a novel approach to …": a name the sentence calls novel or new, whatever the verb before it. */
    private static final Pattern NAME_THEN_NOVEL = Pattern.compile(
            "(" + NameShapes.NAME + "),\\s+(?i:an?\\s+(?:novel|new)\\s+(?:[\\w-]+\\s+){0,3}?(?:" + METHOD_NOUNS + "|" + RESOURCE_NOUNS + "))\\b");

    private static final Pattern LEADING_CONNECTIVE = Pattern.compile("^(?:[A-Z][a-z]+(?: [a-z]+){0,2},\\s+)");

    private ProposalRule() {
    }

    /** "Alpaca-Lite is fine-tuned from …", "Specifically, StepGRPO introduces …": a sentence the paper's own name leads speaks for the authors. */
    static boolean ledByOwnName(String sentence, java.util.Collection<String> ownNames) {
        String subject = LEADING_CONNECTIVE.matcher(sentence).replaceFirst("");
        return ownNames.stream().anyMatch(name -> subject.startsWith(name + " ") || subject.startsWith(name + ","));
    }

    static List<Mention> apply(String sentence, List<AcronymDefinitions.Definition> definitions, Predicate<String> known) {
        return apply(sentence, definitions, known, List.of());
    }

    /**
     * @param ownNames the names this paper has given its contributions so far (title head, earlier sentences): a
     *                 sentence that starts with one ("HypeGT introduces Curvature-Adaptive Positional Encodings (CAPE)",
     *                 "StepGRPO introduces two rewards: …") speaks for the authors
     */
    static List<Mention> apply(String sentence, List<AcronymDefinitions.Definition> definitions, Predicate<String> known,
                               java.util.Collection<String> ownNames) {
        List<Mention> found = withoutCutNames(contributions(sentence, definitions, known, ownNames));
        return EARLIER_WORK.matcher(sentence).find() ? earlierWork(found) : found;
    }

    /** "Our model, Depth Pro, …" read both whole and cut short ("Depth"): the cut reading goes. */
    private static List<Mention> withoutCutNames(List<Mention> found) {
        return found.size() < 2 ? found : found.stream()
                .filter(m -> m.relation() != Relation.PROPOSES || found.stream().noneMatch(other -> other.relation() == Relation.PROPOSES
                        && other.name().startsWith(m.name() + " ") && other.name().indexOf(' ', m.name().length() + 1) < 0))
                .toList();
    }

    /** "In our previous work, we introduced CosyVoice": the authors speak of an earlier paper, not of this one. */
    private static final Pattern EARLIER_WORK = Pattern.compile(
            // Opening the sentence: "Building on our previous work, we introduce X" introduces X here.
            "(?i)^(?:in\\s+(?:our|a|an)\\s+(?:previous|prior|earlier)\\s+(?:work|paper|study|report)|we\\s+(?:have\\s+)?previously\\s+\\w+ed)\\b");

    /** What the authors proposed before is what this paper builds on: compared with, not proposed or introduced again. */
    private static List<Mention> earlierWork(List<Mention> found) {
        return found.stream()
                .filter(m -> m.relation() == Relation.PROPOSES)
                .map(m -> new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, m.name(), m.aliases(), m.evidence(), RULE_EARLIER_WORK, 0.6, null))
                .toList();
    }

    private static List<Mention> contributions(String sentence, List<AcronymDefinitions.Definition> definitions, Predicate<String> known,
                                               java.util.Collection<String> ownNames) {
        List<Mention> found = new ArrayList<>();
        // Cheap tests first: a pattern is only run on a sentence that has the words it cannot match without.
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        boolean namingWord = Cues.containsAny(lowerCase, NAMING_WORDS);
        resourcesIntroduced(found, sentence, lowerCase, known, ownNames);
        // "Specifically, StepGRPO introduces …": a connective may come first.
        boolean ownSubject = ledByOwnName(sentence, ownNames);
        boolean firstPerson = ownSubject || Cues.FIRST_PERSON.matcher(sentence).find();
        ownModelsNamed(found, sentence, lowerCase, firstPerson, known);
        Matcher quotedNaming = QUOTED_NAMING.matcher(namingWord && sentence.indexOf('(') >= 0 ? sentence : "");
        List<Integer> quotedAt = new ArrayList<>();
        while (quotedNaming.find()) {
            add(found, sentence, quotedNaming.group(2), List.of(quotedNaming.group(1).strip()), quotedNaming.start(1), quotedNaming.end(),
                    RULE_NAMING, 0.85, firstPerson ? name -> false : known);
            quotedAt.add(quotedNaming.start(1));
        }
        Matcher naming = NAMING.matcher(namingWord ? sentence : "");
        // Whether the sentence names anything, read later: the same search is not run twice.
        boolean namedLater = false;
        while (naming.find()) {
            namedLater = true;
            if (quotedAt.contains(naming.start(1))) {
                continue;
            }
            // "named Stepwise Correction (StepCo)": the acronym definition names it, with this as its long form.
            if (!definesAcronym(sentence, naming.start(1), naming.end(1), definitions)) {
                // "a framework called DETR": naming it here makes it this paper's, however well known it became.
                // "models … called AlphaFlow and ESMFlow": two coined names joined by "and" are two contributions.
                Matcher pair = COINED_PAIR.matcher(naming.group(1));
                List<String> names = pair.matches() && NameShapes.isCoined(pair.group(1)) && NameShapes.isCoined(pair.group(2))
                        ? List.of(pair.group(1), pair.group(2)) : List.of(naming.group(1));
                // "We tested AlphaCodium on a challenging dataset called CodeContests": what the authors test on is named, not made.
                boolean testedOn = TESTED_ON_BEFORE.matcher(sentence).region(0, naming.start(1)).find();
                for (String name : names) {
                    add(found, sentence, name, List.of(), naming.start(1) + naming.group(1).indexOf(name), RULE_NAMING, 0.85,
                            firstPerson && !testedOn ? n -> false : known);
                }
            } else if (!firstPerson) {
                // "A contrastive objective, termed Session-Item InfoNCE (SI-NCE), aligns …": abstracts name their own parts
                // this way without a "we"; prior work is "known as" or "so-called", and a name the vocabulary knows is left out.
                int longFormEnd = naming.end(1);
                definitions.stream().filter(d -> d.longForm().endsWith(naming.group(1)) && sentence.startsWith(d.longForm(), longFormEnd - d.longForm().length()))
                        .findFirst()
                        .ifPresent(d -> add(found, sentence, d.shortForm(), List.of(d.longForm()), d.start(), d.end(), RULE_ACRONYM, 0.8, known));
            }
        }
        namesCalledNew(found, sentence, lowerCase, firstPerson, definitions, known, ownNames);
        if (!firstPerson) {
            return found;
        }
        namesInOwnVoice(found, sentence, lowerCase, namingWord, known);
        contributionsEnumerated(found, sentence, known);
        releasesEnumerated(found, sentence, known);
        if (ownSubject || OWN_ADOPTION.matcher(sentence).lookingAt()) {
            novelKindsListed(found, sentence);
        }
        Matcher speaker = Cues.FIRST_PERSON.matcher(sentence);
        Matcher inParentheses = RESOURCE_IN_PARENTHESES.matcher(
                sentence.indexOf('(') >= 0 && Cues.containsAny(lowerCase, "dataset", "benchmark", "corpus") ? sentence : "");
        while (inParentheses.find()) {
            Matcher verbBefore = VERB.matcher(sentence.substring(0, inParentheses.start()));
            if (verbBefore.find() && NameShapes.isCoined(inParentheses.group(1))) {
                add(found, sentence, inParentheses.group(1), List.of(), inParentheses.start(1), RULE_VERB, 0.8, name -> false);
            }
        }
        Matcher newKind = NEW_KIND_IN_PARENTHESES.matcher(
                firstPerson && sentence.indexOf('(') >= 0 && Cues.containsAny(lowerCase, "new", "novel") ? sentence : "");
        while (newKind.find()) {
            // "allows us to design a new architecture (Mamba-2) whose core layer …": new here, however known its family.
            if (newKind.group(1) != null && NameShapes.isCoined(newKind.group(1))) {
                add(found, sentence, newKind.group(1), List.of(), newKind.start(1), RULE_VERB, 0.8, name -> false);
            }
            // "a new paradigm Coconut (Chain of Continuous Thought)": the long form in the parentheses is its other name.
            Matcher longForm = PARENTHESES_AFTER.matcher(sentence).region(newKind.end(), sentence.length());
            if (newKind.group(2) != null && NameShapes.isCapitalisedName(newKind.group(2)) && longForm.lookingAt()) {
                add(found, sentence, newKind.group(2), List.of(longForm.group(1)), newKind.start(2), RULE_VERB, 0.8, name -> false);
            }
        }
        Matcher quotedAfterVerb = QUOTED_AFTER_VERB.matcher(Cues.containsAny(sentence, "\"", "“") ? sentence : "");
        while (quotedAfterVerb.find()) {
            // Capitalised or coined with a hyphen ("self-refine"): not a scare-quoted phrase ('"the best" approach').
            if (!Character.isUpperCase(quotedAfterVerb.group(1).charAt(0)) && quotedAfterVerb.group(1).indexOf('-') < 0) {
                continue;
            }
            // 'our "Fisher merging" technique': what the authors call theirs in quotes is theirs, however well known it became.
            add(found, sentence, quotedAfterVerb.group(1), List.of(), quotedAfterVerb.start(1), RULE_VERB, 0.75,
                    quotedAfterVerb.group().regionMatches(true, 0, "our", 0, 3) ? name -> false : known);
        }
        Matcher quoted = QUOTED_NAME_IN_PARENTHESES.matcher(Cues.containsAny(sentence, "(\"", "(“", "( \"") ? sentence : "");
        while (quoted.find()) {
            // "within a generative modeling framework (\"Generative Recommenders\")": the authors name what they frame.
            if (NameShapes.isCapitalisedPhrase(quoted.group(1))) {
                add(found, sentence, quoted.group(1), List.of(), quoted.start(1), RULE_VERB, 0.75, known);
            }
        }
        int speakerAt = ownSubject ? 0 : speaker.find() ? speaker.start() : sentence.length();
        Matcher verb = VERB.matcher(sentence);
        int firstVerb = -1;
        String firstVerbWord = "";
        while (verb.find()) {
            // "Unlike prior work that introduced X, we …": only verbs after the first person are ours.
            if (verb.start() < speakerAt) {
                continue;
            }
            if (firstVerb < 0) {
                firstVerb = verb.start();
                firstVerbWord = verb.group();
            }
            // "by introducing LoRA, a low-rank technique, into every layer": a gerund may say how a tool is used, so a known name
            // stays known unless an appositive presents it without placing it (contributionsAfterVerb).
            boolean gerund = verb.group().endsWith("ing");
            contributionsAfterVerb(found, sentence, verb.end(), namedLater, known, gerund);
        }
        int contributionsFrom = firstVerb < 0 ? sentence.length() : firstVerb;
        for (AcronymDefinitions.Definition d : definitions) {
            String before = sentence.substring(Math.max(0, d.start() - 30), d.start());
            boolean named = NAMED_RIGHT_BEFORE.matcher(before).find()
                    || NOVEL_KIND_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 60), d.start())).find();
            // "we define the Tumor Boundary Score (TBS), a metric that …": described as a contribution right after.
            boolean described = APPOSITIVE_AFTER.matcher(sentence.substring(d.end())).find();
            // "we introduce Group Relative Policy Optimization (GRPO), a variant of PPO, …": right after the verb and
            // described, it is this paper's however well known it became.
            Matcher verbThen = VERB_THEN.matcher(sentence.substring(Math.min(contributionsFrom, d.start()), d.start()));
            boolean rightAfterVerb = d.start() > contributionsFrom && verbThen.matches();
            // "we introduce Instruction-Following Eval (IFEval) for …": the object of the authors' own naming verb is theirs
            // too — not after a gerund ("by introducing Low-Rank Adaptation (LoRA) into …"), an indefinite article ("we
            // introduce a Graph Neural Network (GNN)-based retriever"), or another verb ("We build Retrieval-Augmented
            // Generation (RAG) systems"), nor with something after the definition that it would describe.
            boolean objectItself = rightAfterVerb && verbThen.group(1) == null && NAMING_VERB.matcher(firstVerbWord).matches()
                    && DEFINITION_ENDS.matcher(sentence.substring(d.end())).lookingAt();
            boolean introducedHere = rightAfterVerb && (described || firstPerson && objectItself);
            if (NameShapes.isOrdinary(d.shortForm()) || modifiesNounAfter(sentence, d) || Cues.BUILT_FROM_AFTER.matcher(sentence).region(d.end(), sentence.length()).lookingAt()) {
                // "ToneGen, a single Language Model (LM)": a generic abbreviation is no name; "a Multi-layer Perceptron (MLP)
                // based encoder-decoder model": what the contribution is built from, not the contribution.
                continue;
            }
            // "we apply distilled direct preference optimization (dDPO) to learn …": a technique the authors apply and define here, that
            // no vocabulary knows, is theirs.
            boolean appliedHere = APPLIED_RIGHT_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 40), d.start())).find()
                    && !known.test(d.shortForm()) && !known.test(d.longForm());
            if (appliedHere || (named || described || d.end() > contributionsFrom) && isContribution(sentence, d, contributionsFrom)) {
                // "which we call proximal policy optimization (PPO)": named and defined here, so this paper's own.
                add(found, sentence, d.shortForm(), List.of(d.longForm()), d.start(), d.end(), RULE_ACRONYM, 0.85,
                        named || introducedHere ? name -> false : known);
            }
        }
        Matcher appositive = APPOSITIVE_BEFORE.matcher(sentence);
        while (appositive.find()) {
            // After a contribution verb, or after "we" with no comparison in between ("we score models with a
            // paired accuracy metric, Phantom Score, that …").
            boolean authors = appositive.start() >= contributionsFrom || (appositive.start() >= speakerAt
                    && ComparisonRule.windows(sentence).stream().noneMatch(w -> w[0] <= appositive.start()));
            if (authors && NameShapes.isCapitalisedPhrase(appositive.group(1))) {
                add(found, sentence, appositive.group(1), List.of(), appositive.start(1), RULE_VERB, 0.8, known);
            }
        }
        return found;
    }

    /**
     * "named Stepwise Correction (StepCo)": the name is the long form of an acronym defined right after it;
     * "named MiXSE (MiXture of Self-specialized Experts)" is the name, its expansion after it; "called Self-Play
     * fIne-tuNing (SPIN)": the capitalised words are only the start of the long form.
     */
    private static boolean definesAcronym(String sentence, int nameStart, int nameEnd, List<AcronymDefinitions.Definition> definitions) {
        return definitions.stream().anyMatch(d -> d.start() < nameEnd && d.end() > nameEnd
                && (d.start() == nameStart || sentence.substring(nameEnd, d.end()).matches("\\s*\\(.*")));
    }

    /** Benchmarks, datasets and environments the sentence says the authors make, listed or named one by one. */
    private static void resourcesIntroduced(List<Mention> found, String sentence, String lowerCase, Predicate<String> known,
                                            java.util.Collection<String> ownNames) {
        // What the pattern cannot match without, a word on tasks and a colon, is looked for first: it is costly to try at
        // every position.
        Matcher enumerated = ENUMERATED_CONTRIBUTIONS.matcher(lowerCase.contains("task") && sentence.indexOf(':') >= 0 ? sentence : "");
        if (enumerated.find()) {
            // Items are read in order until one is not a short name: "…: state checking, and state transition,
            // for a comprehensive evaluation of …" stops before "for a comprehensive …".
            for (String item : Cues.AND_LIST_SPLIT.split(enumerated.group(1))) {
                String name = ENUMERATION_MARK.matcher(item).replaceFirst("").strip();
                if (!ENUMERATED_NAME.matcher(name).matches() || NameShapes.isOrdinary(name.split("\\s")[0])) {
                    break;
                }
                addTask(found, sentence, name, known);
            }
        }
        Matcher resources = ENUMERATED_RESOURCES.matcher(Cues.containsAny(lowerCase, "benchmarks", "datasets", "environments") ? sentence : "");
        if (resources.find()) {
            // "by introducing two benchmarks: MT-bench, a multi-turn question set; and Chatbot Arena, a crowdsourced battle platform"
            Matcher item = DESCRIBED_RESOURCE_ITEM.matcher(sentence).region(resources.end(), sentence.length());
            while (item.find()) {
                found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, item.group(1), List.of(), sentence, RULE_VERB, 0.8,
                        Cues.resourceKind(resources.group(1).replaceFirst("s$", ""))));
            }
        }
        if (Cues.containsAny(lowerCase, "benchmarks:", "datasets:", "environments:")) {
            resourcesListedAfterCount(found, sentence);
        }
        Matcher own = OWN_RESOURCE.matcher(
                Cues.containsAny(lowerCase, "benchmark", "dataset", "suite", "environment", "corpus", "testbed", "archive", "collection") ? sentence : "");
        while (own.find()) {
            // "a novel game benchmark Robotouille": the context is strong enough for a plain capitalised name; and "we also
            // gather a new dataset, CrossTask" makes it this paper's however well known it became.
            if (NameShapes.isCapitalisedName(own.group(2)) || LOWER_DIGIT_NAME_PATTERN.matcher(own.group(2)).matches()) {
                add(found, sentence, own.group(2), List.of(), own.start(2), RULE_VERB, 0.8, name -> false);
            }
        }
        Matcher nameThenOurs = NAME_THEN_OUR_RESOURCE.matcher(lowerCase.contains("our") ? sentence : "");
        while (nameThenOurs.find()) {
            String name = nameThenOurs.group(1);
            if (NameShapes.isCoined(name) && !known.test(name) && found.stream().noneMatch(m -> Names.key(m.name()).equals(Names.key(name)))) {
                found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, List.of(), sentence, RULE_VERB, 0.8,
                        Cues.resourceKind(nameThenOurs.group(2))));
            }
        }
        Matcher classOf = CLASS_OF_NAMES.matcher(Cues.FIRST_PERSON.matcher(sentence).find() && Cues.containsAny(lowerCase, "class of", "family of") ? sentence : "");
        while (classOf.find()) {
            // "and design a significantly improved class of Normalizer-Free ResNets": a kind of model the authors make.
            if (NameShapes.isCapitalisedPhrase(classOf.group(1))) {
                add(found, sentence, classOf.group(1), List.of(), classOf.start(1), RULE_VERB, 0.75, known);
            }
        }
        Matcher novel = NAME_THEN_NOVEL.matcher(Cues.containsAny(lowerCase, ", a novel", ", a new", ", an new") ? sentence : "");
        while (novel.find()) {
            // "trained … using OSS-Instruct, a novel approach to …": only its authors call a thing novel — not in a sentence about
            // earlier work ("Recently, HyenaDNA, a new genomic foundation model, showed …").
            if (NameShapes.isCoined(novel.group(1)) && !EARLIER_WORK_OPENING.matcher(sentence.substring(0, novel.start(1))).find()) {
                add(found, sentence, novel.group(1), List.of(), novel.start(1), RULE_VERB, 0.75, known);
            }
        }
        Matcher ownBefore = OWN_RESOURCE_NAMED_BEFORE.matcher(lowerCase.contains("our")
                && Cues.containsAny(lowerCase, "benchmark", "dataset", "suite", "corpus", "testbed") ? sentence : "");
        while (ownBefore.find()) {
            if (NameShapes.isCoined(ownBefore.group(1))) {
                add(found, sentence, ownBefore.group(1), List.of(), ownBefore.start(1), RULE_VERB, 0.8, known);
            }
        }
        Matcher newNamed = NEW_NAMED_RESOURCE.matcher(Cues.containsAny(sentence, "Corpus", "Dataset", "Benchmark", "Suite", "Collection") ? sentence : "");
        while (newNamed.find()) {
            // "our new" makes it this paper's, however well known it became (C4).
            add(found, sentence, newNamed.group(1), List.of(), newNamed.start(1), RULE_VERB, 0.8, name -> false);
        }
        Matcher theResource = WE_INTRODUCE_THE_RESOURCE.matcher(lowerCase.contains(" the ") && lowerCase.contains("we ") ? sentence : "");
        while (theResource.find()) {
            List<NamedResource> listed = new ArrayList<>();
            listed.add(namedResource(theResource));
            Matcher next = NEXT_NAMED_RESOURCE.matcher(sentence).region(theResource.end(), sentence.length());
            while (next.find()) {
                listed.add(namedResource(next));
            }
            // "the Aya Dataset, the Aya Collection, and the Aya Evaluation Suite": one of them clearly a name makes the
            // list one of names.
            boolean names = listed.stream().anyMatch(r -> isResourceName(r.wordsBeforeNoun(), ownNames));
            for (NamedResource resource : listed) {
                String name = resource.name();
                if (names && !known.test(name) && found.stream().noneMatch(m -> Names.key(m.name()).equals(Names.key(name)))) {
                    found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, List.of(), sentence, RULE_VERB, 0.8,
                            Cues.resourceKind(resource.noun())));
                }
            }
        }
        Matcher listed = NEW_RESOURCES_LISTED.matcher(lowerCase.contains("new") || lowerCase.contains("novel") ? sentence : "");
        while (listed.find()) {
            for (String name : Cues.AND_LIST_SPLIT.split(listed.group(2).strip())) {
                if (!known.test(name) && found.stream().noneMatch(m -> Names.key(m.name()).equals(Names.key(name)))) {
                    found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, List.of(), sentence, RULE_VERB, 0.75,
                            Cues.resourceKind(listed.group(1).replaceFirst("(?i)s$", ""))));
                }
            }
        }
        // Cheap test first: the pattern starts with a name, which would be tried at every position.
        Matcher weIntroduce = RESOURCE_WE_INTRODUCE.matcher(sentence.contains(" we ") ? sentence : "");
        while (weIntroduce.find()) {
            String name = weIntroduce.group(1);
            // "HumanEval, a new evaluation set we release": said to be new and released here, it is this paper's however
            // well known; "SWE-bench, a benchmark of real issues, for which we design a scaffold" is not.
            boolean newHere = weIntroduce.group(2) != null;
            if (NameShapes.isCoined(name) && (newHere || !known.test(name))
                    && found.stream().noneMatch(m -> Names.key(m.name()).equals(Names.key(name)))) {
                // The kind is the noun the sentence gives it, however near another noun stands ("Our agent … in X -- a dataset").
                found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, List.of(), sentence, RULE_VERB, 0.8,
                        Cues.resourceKind(weIntroduce.group(3))));
            }
        }
    }

    /** Models the authors train or obtain and name: "we train X-32B", "resulting in X". */
    private static void ownModelsNamed(List<Mention> found, String sentence, String lowerCase, boolean firstPerson, Predicate<String> known) {
        Matcher trained = TRAINED_MODEL.matcher(sentence);
        while (trained.find()) {
            // "… we collect trajectories and train X-32B": the authors' only when they speak in the sentence.
            if (!firstPerson && (trained.group().regionMatches(true, 0, "and", 0, 3) || trained.group().regionMatches(true, 0, "to", 0, 2))) {
                continue;
            }
            // "we train Llama-3-8B" fine-tunes a known family; "Qwen2.5-7B" is Qwen's.
            // A name described as a model, without a size, only where data was made to train it ("use it to train UGround, a
            // … model"), not "we train XGBoost, a gradient-boosted tree classifier" (a tool the paper uses).
            boolean sized = ModelRule.endsInParameterCount(trained.group(1));
            // "Using this dataset, we train Lynx, a tool-augmented LLM initialized from Alpaca": described as a language model or
            // agent the authors train, the name is theirs, even an ordinary word.
            boolean describedAsOwn = firstPerson && OWN_MODEL_KIND_AFTER.matcher(sentence).region(trained.end(1), sentence.length()).lookingAt();
            if (!ofKnownFamily(trained.group(1), known) && (NameShapes.isCoined(trained.group(1)) || describedAsOwn)
                    && (sized || describedAsOwn || trained.group().regionMatches(true, 0, "to", 0, 2))) {
                add(found, sentence, trained.group(1), List.of(), trained.start(1), RULE_VERB, 0.75, known);
            }
        }
        Matcher resulting = RESULTING_MODEL.matcher(firstPerson && Cues.containsAny(lowerCase, "result", "yield") ? sentence : "");
        while (resulting.find()) {
            String name = resulting.group(1);
            // "resulting in GPT-4-level …", "yielding Llama-3-8B-X": a known family's model is not the paper's own name.
            if (NameShapes.isCoined(name) && !ofKnownFamily(name, known)) {
                add(found, sentence, name, List.of(), resulting.start(1), RULE_VERB, 0.75, known);
            }
        }
    }

    /**
     * Names given with or without a "we": resources defined as new, new parts listed by name, counted parts then named,
     * models trained and listed, what the paper's own method puts forward, and what results from it ("resulting in X").
     */
    private static void namesCalledNew(List<Mention> found, String sentence, String lowerCase, boolean firstPerson,
                                       List<AcronymDefinitions.Definition> definitions, Predicate<String> known, java.util.Collection<String> ownNames) {
        for (AcronymDefinitions.Definition d : definitions) {
            // "PEP employs a new metric, the task-conditioned expected selection score (TCESS), …": a resource said to
            // be new and defined on the spot is the paper's, with or without a "we".
            if (NEW_RESOURCE_DEFINED.matcher(sentence.substring(Math.max(0, d.start() - 40), d.start())).find()) {
                add(found, sentence, d.shortForm(), List.of(d.longForm()), d.start(), d.end(), RULE_ACRONYM, 0.8, name -> false);
            }
        }
        // "new activation functions SwooshR and SwooshL work better than Swish": parts called new and named, each one — where the
        // authors or their contribution speak, not prior work ("Recent studies propose new optimizers …") nor rivals ("We compare
        // against new architectures …").
        boolean ownVoice = (firstPerson || !ownNames.isEmpty()) && !PRIOR_WORK_SUBJECT.matcher(sentence).lookingAt();
        Matcher newKindsListed = NEW_KIND_NAMES_LISTED.matcher(ownVoice && Cues.containsAny(lowerCase, "novel ", "new ", "we ") ? sentence : "");
        List<int[]> comparisons = newKindsListed.find() ? ComparisonRule.windows(sentence) : List.of();
        newKindsListed.reset();
        while (newKindsListed.find()) {
            if (ComparisonRule.comparedAt(sentence, comparisons, newKindsListed.start(1))) {
                continue;
            }
            for (String name : Cues.AND_LIST_SPLIT.split(newKindsListed.group(1))) {
                if (NameShapes.isCoined(name)) {
                    add(found, sentence, name, List.of(), sentence.indexOf(name, newKindsListed.start(1)), RULE_NAMING, 0.75, known);
                }
            }
        }
        countedThenNamed(found, sentence, known);
        trainedModelsIncluding(found, sentence, known);
        Matcher ownPuts = NAME_PUTS_FORWARD.matcher(!ownNames.isEmpty() && Cues.containsAny(lowerCase, "proposes", "introduces", "develops") ? sentence : "");
        while (ownPuts.find()) {
            if (ownNames.contains(ownPuts.group(1)) && NameShapes.isCapitalisedPhrase(ownPuts.group(2))) {
                add(found, sentence, ownPuts.group(2), List.of(), ownPuts.start(2), RULE_VERB, 0.75, known);
            }
        }
        Matcher resultNamed = RESULTING_NAMED.matcher(lowerCase.contains("resulting") ? sentence : "");
        while (resultNamed.find()) {
            if (!ofKnownFamily(resultNamed.group(1), known)) {
                add(found, sentence, resultNamed.group(1), List.of(), resultNamed.start(1), RULE_NAMING, 0.75, known);
            }
        }
    }

    /** Where the authors speak: names they give in lower case, in capitals after their verb, or as "our X". */
    private static void namesInOwnVoice(List<Mention> found, String sentence, String lowerCase, boolean namingWord, Predicate<String> known) {
        Matcher lowercase = LOWERCASE_NAMING.matcher(namingWord ? sentence : "");
        while (lowercase.find()) {
            // "via a simple method called chain of thought prompting": a method named so is this paper's, however well known now.
            String before = sentence.substring(Math.max(0, lowercase.start() - 50), lowercase.start());
            if (PHENOMENON_BEFORE.matcher(before).find()) {
                // "a phenomenon we term post-saturation generalization": a finding named, not a method.
                continue;
            }
            // "We adopt a technique called low-rank adaptation" uses a known method; it does not name a new one.
            boolean method = KIND_BEFORE_NAMING.matcher(before).find() && !USE_VERB_BEFORE.matcher(before).find();
            if (TASK_BEFORE_NAMING.matcher(before).find()) {
                // "…, a setting we frame as targeted instruction tuning": a task, whatever data the sentence speaks of.
                addTask(found, sentence, lowercase.group(1), known);
            } else {
                add(found, sentence, lowercase.group(1), List.of(), lowercase.start(1), RULE_NAMING, 0.7, method ? name -> false : known);
            }
        }
        Matcher newTask = NEW_TASK_NAMED.matcher(Cues.containsAny(lowerCase, "new ", "novel ") ? sentence : "");
        while (newTask.find()) {
            addTask(found, sentence, newTask.group(1), known);
        }
        boolean proposing = sentence.indexOf('\\') >= 0 && NAMING_VERB.matcher(sentence).find();
        Matcher emphasised = EMPHASISED_TERM.matcher(proposing ? sentence : "");
        while (emphasised.find()) {
            add(found, sentence, emphasised.group(1), List.of(), emphasised.start(1), RULE_VERB, 0.7, known);
        }
        Matcher titled = ARTICLE_THEN_TITLED.matcher(Cues.containsAny(lowerCase, "we ") ? sentence : "");
        while (titled.find()) {
            // "we introduce a Space-Time U-Net architecture that …": capitalised words right after the authors' verb and its
            // article name what they introduce — three words at least, or a coined word among them ("a Reward Model" is a kind),
            // and not a field's term in capitals ("a Deep Reinforcement Learning approach").
            String name = titled.group(1);
            String[] words = name.split("\\s+");
            if ((words.length >= 3 || java.util.Arrays.stream(words).anyMatch(NameShapes::isCoined)) && !endsInKnownTerm(words, known)) {
                add(found, sentence, name, List.of(), titled.start(1), RULE_VERB, 0.7, known);
            }
        }
        Matcher namely = KIND_NAMELY.matcher(lowerCase.contains("namely") ? sentence : "");
        while (namely.find()) {
            // "we introduce a 1-bit LLM variant, namely BitNet b1.58, in which …": the kind the authors introduce, then its name.
            add(found, sentence, namely.group(1), List.of(), namely.start(1), RULE_NAMING, 0.8, name -> false);
        }
        Matcher spelledOut = SPELLED_OUT_NAME.matcher(lowerCase.contains("for ") ? sentence : "");
        while (spelledOut.find()) {
            add(found, sentence, spelledOut.group(1), List.of(spelledOut.group(2).strip()), spelledOut.start(1), spelledOut.end(), RULE_NAMING, 0.85, name -> false);
        }
        Matcher formed = FORMED_NAMED.matcher(Cues.containsAny(lowerCase, " form ", " forming ") && lowerCase.contains(" into ") ? sentence : "");
        while (formed.find()) {
            if (NameShapes.isCoined(formed.group(1)) && !ofKnownFamily(formed.group(1), known)) {
                add(found, sentence, formed.group(1), List.of(), formed.start(1), RULE_VERB, 0.75, known);
            }
        }
        Matcher newKindNamed = NEW_KIND_THEN_NAME.matcher(Cues.containsAny(lowerCase, " novel ", " new ") ? sentence : "");
        while (newKindNamed.find()) {
            // "we propose a new decoding strategy, self-consistency, to replace …": called new by its authors, it is theirs,
            // in lower case and however well known it became.
            add(found, sentence, newKindNamed.group(1), List.of(), newKindNamed.start(1), RULE_NAMING, 0.75, name -> false);
        }
        Matcher ours = OUR_METHOD.matcher(sentence);
        while (ours.find()) {
            if (NameShapes.isCapitalisedName(ours.group(1))) {
                add(found, sentence, ours.group(1), List.of(), ours.start(1), RULE_VERB, 0.8, known);
            }
        }
        Matcher ourModels = OUR_NAMED_MODELS.matcher(lowerCase.contains("our") ? sentence : "");
        while (ourModels.find()) {
            int at = ourModels.start(1);
            // "We introduce our first-generation reasoning models, DeepSeek-R1-Zero and …": named as the authors' release, a
            // known family's new model is theirs; otherwise "our models, Llama-3-8B and …" are the known models they tuned.
            boolean released = RELEASING_VERB_BEFORE.matcher(sentence.substring(0, ourModels.start())).find();
            for (String name : Cues.AND_LIST_SPLIT.split(ourModels.group(1))) {
                if (NameShapes.isCoined(name) && (released ? !known.test(name) : !ofKnownFamily(name, known))) {
                    add(found, sentence, name, List.of(), sentence.indexOf(name, at), RULE_VERB, 0.8, known);
                }
            }
        }
        Matcher ourName = OUR_NAME.matcher(sentence);
        while (ourName.find()) {
            String name = ourName.group(1);
            String first = name.split(" ")[0];
            // "our Self-Taught Evaluator can …": the capitalised words after a coined one belong to its name.
            if (!NameShapes.isCapitalisedPhrase(name)) {
                name = first;
            }
            if (NameShapes.isCoined(first) && !first.matches("[A-Z]{1,2}")) {
                // "Experiments across various datasets demonstrate the superiority of our AnyTool": a resource only when its
                // name or the noun right after it says so ("our X benchmark"), not a noun further off.
                if (Cues.RESOURCE_NAME_ENDING.matcher(name).find() || RESOURCE_RIGHT_AFTER.matcher(sentence).region(ourName.start(1) + name.length(), sentence.length()).lookingAt()) {
                    add(found, sentence, name, List.of(), ourName.start(1), RULE_VERB, 0.7, known);
                } else {
                    addTask(found, sentence, name, known);
                }
            }
        }
    }

    private static final Pattern PLACED_AFTER_APPOSITIVE = Pattern.compile(
            "\\s*,\\s+(?:an?|the)\\s+[^,.;]*,\\s*(?:into|in|to|within|inside|throughout|across|at)\\b");

    private static void contributionsAfterVerb(List<Mention> found, String sentence, int verbEnd, boolean namedLater,
                                               Predicate<String> known, boolean byGerund) {
        String afterVerb = sentence.substring(verbEnd);
        Matcher direct = NAME_AFTER_VERB.matcher(afterVerb);
        // "a novel CL method named DualHSIC": the object before "method" is a field, the name comes after "named".
        // A plain capitalised word ("we propose Mixture …") is a name only when set off: "Choreographer, a …", "X:", "X."
        String directBase = direct.find(0) ? SIZE_AFTER_NAME.matcher(direct.group(1)).replaceFirst("") : "";
        if (!directBase.isEmpty() && NameShapes.isCapitalisedName(directBase) && !namedLater && !directBase.matches("[A-Z]{1,2}")
                && (NameShapes.isCoined(directBase) || SET_OFF.matcher(afterVerb.substring(direct.end(1))).find())) {
            // "We present LoRA, a …" is the LoRA paper: a name set off by an appositive right after the verb is this
            // paper's contribution even when the vocabulary knows it by now.
            // "We propose DIAYN ('Diversity is All You Need'), a method …": the expansion may stand between.
            String afterName = PARENTHETICAL.matcher(afterVerb.substring(direct.end(1))).replaceFirst("");
            // "presents SimCLR: a simple framework …": a colon sets a name off too.
            boolean appositive = APPOSITIVE_AFTER.matcher(afterName).find() || EXPANSION_AFTER.matcher(afterName).find()
                    || COLON_APPOSITIVE.matcher(afterName).lookingAt()
                    // "we propose Self-Debugging, which teaches a model to …": what it does, said as it is proposed.
                    || !byGerund && WHICH_DOES_AFTER.matcher(afterName).lookingAt() && WE_MAKE_BEFORE.matcher(sentence.substring(0, verbEnd)).find();
            // "by introducing LoRA, a low-rank technique, into every layer" places a known tool; "by introducing LLaDA, a
            // diffusion model trained from scratch." presents the paper's own.
            boolean placed = byGerund && PLACED_AFTER_APPOSITIVE.matcher(afterName).lookingAt();
            add(found, sentence, direct.group(1), List.of(), verbEnd + direct.start(1), RULE_VERB, 0.8,
                    appositive && !placed ? name -> false : known);
            // "We present the OWLv2 model and OWL-ST self-training recipe": a second coined name joined to the first is theirs too.
            Matcher second = SECOND_NAME_AFTER.matcher(afterVerb).region(direct.end(1), afterVerb.length());
            if (!byGerund && second.lookingAt() && NameShapes.isCoined(second.group(1))) {
                add(found, sentence, second.group(1), List.of(), verbEnd + second.start(1), RULE_VERB, 0.75, known);
            }
        }
        // "We present Skill Transformer, an approach …": a multi-word name set off by an appositive.
        Matcher multiWord = MULTI_WORD_AFTER_VERB.matcher(afterVerb);
        if (!namedLater && multiWord.find()) {
            // The second alternative, a name described before it, is found in groups 3 and 4.
            int group = multiWord.group(1) != null ? 1 : 3;
            String name = multiWord.group(group);
            String inParentheses = multiWord.group(group + 1);
            // "Procedure Transformer (ProcX), a model …": the short name in parentheses is what the paper calls it.
            boolean shortName = inParentheses != null && NameShapes.isCoined(inParentheses);
            // Set off by an appositive it is this paper's; "the Monte Carlo Tree Search algorithm" only when no vocabulary knows it.
            boolean kindOnly = group == 3 || KIND_AFTER.matcher(afterVerb.substring(multiWord.end())).lookingAt()
                    // "we propose Loss-Free Balancing, featured by …" names it; a known name described so is used, not new.
                    || PARTICIPLE_AFTER.matcher(afterVerb.substring(multiWord.end())).lookingAt();
            if (name.contains(" ")) {
                add(found, sentence, shortName ? inParentheses : name, shortName ? List.of(name) : List.of(),
                        verbEnd + multiWord.start(group), RULE_VERB, 0.75, kindOnly || byGerund ? known : n -> false);
            }
        }
        // "we further propose buffer-manager to dynamically update …": a hyphenated lower-case name, its purpose after it
        // (not "we introduce cross-attention to condition …", a known building block).
        Matcher hyphenated = HYPHENATED_AFTER_VERB.matcher(byGerund || !PROPOSE_BEFORE.matcher(sentence.substring(0, verbEnd)).find() ? "" : afterVerb);
        if (!namedLater && hyphenated.find()) {
            add(found, sentence, hyphenated.group(1), List.of(), verbEnd + hyphenated.start(1), RULE_VERB, 0.7, known);
        }
        // "we develop budget forcing to control …", "we propose context-guided-decoding to avoid …": the authors' own making verb
        // with a bare lower-case phrase as its object, no article before it, names what they made.
        Matcher bare = BARE_PHRASE_AFTER_VERB.matcher(byGerund || namedLater || !WE_MAKE_BEFORE.matcher(sentence.substring(0, verbEnd)).find() ? "" : afterVerb);
        if (bare.lookingAt() && !GENERIC_OBJECT.matcher(bare.group(1)).find()) {
            add(found, sentence, bare.group(1), List.of(), verbEnd + bare.start(1), RULE_VERB, 0.7, known);
        }
        // "We introduce Distilling step-by-step, a new mechanism that …": a name in sentence case, set off the same way, is this
        // paper's however well known it became.
        Matcher sentenceCase = SENTENCE_CASE_AFTER_VERB.matcher(namedLater || byGerund ? "" : afterVerb);
        if (sentenceCase.find()) {
            add(found, sentence, sentenceCase.group(1), List.of(), verbEnd + sentenceCase.start(1), RULE_VERB, 0.7, name -> false);
        }
        // "we propose decomposed prompt tuning, a novel approach …": a lower-case name set off the same way.
        Matcher lowercase = LOWERCASE_AFTER_VERB.matcher(afterVerb);
        if (!namedLater && lowercase.find()) {
            // "we introduce speculative decoding - an algorithm to …": set off right after the verb, it is this paper's however
            // well known it became (a gerund may say how a known one is used).
            add(found, sentence, lowercase.group(1), List.of(), verbEnd + lowercase.start(1), RULE_VERB, 0.7, byGerund ? known : name -> false);
        }
        // "we propose the new challenging task of non-sequential graph script induction, …", "the concept of compressed experts, …"
        Matcher task = TASK_OF.matcher(afterVerb);
        if (task.find()) {
            add(found, sentence, task.group(1), List.of(), verbEnd + task.start(1), RULE_VERB, 0.7, known);
        }
        // "we introduce model-based clustering, MBC, a method that …": the name between two commas.
        Matcher between = NAME_BETWEEN_COMMAS.matcher(afterVerb);
        if (between.find() && NameShapes.isCoined(between.group(1))) {
            add(found, sentence, between.group(1), List.of(), verbEnd + between.start(1), RULE_VERB, 0.75, known);
        }
        // "We release WebCorp, a … collection of web pages, and WebCorp-Edu, a … subset of …": a second resource released with it.
        Matcher second = SECOND_RESOURCE.matcher(namedLater ? "" : afterVerb);
        if (second.find() && NameShapes.isCoined(second.group(1))) {
            add(found, sentence, second.group(1), List.of(), verbEnd + second.start(1), RULE_VERB, 0.75, known);
        }
        // "we introduce Lookahead decoding, an exact, parallel decoding algorithm": a name with its lower-case head noun.
        Matcher withHead = NAME_WITH_METHOD_HEAD.matcher(namedLater ? "" : afterVerb);
        if (withHead.find() && NameShapes.isCapitalisedName(withHead.group(1).split(" ")[0])) {
            add(found, sentence, withHead.group(1), List.of(), verbEnd + withHead.start(1), RULE_VERB, 0.75, known);
        }
        // "we propose a new T2V generation setting—One-Shot Video Tuning, where …": the name after a dash.
        Matcher dashed = NAME_AFTER_DASH.matcher(namedLater ? "" : afterVerb);
        if (dashed.find()) {
            add(found, sentence, dashed.group(1), List.of(), verbEnd + dashed.start(1), RULE_VERB, 0.75, known);
        }
        // "we propose a new … Network (RepVL-PAN) and region-text contrastive loss to …": a second, lower-case part.
        Matcher conjunct = PART_AFTER_DEFINITION.matcher(byGerund ? "" : afterVerb);
        if (conjunct.find()) {
            add(found, sentence, conjunct.group(1), List.of(), verbEnd + conjunct.start(1), RULE_VERB, 0.7, known);
        }
        // "we propose a natural-language-oriented variant of BigCodeBench, BigCodeBench-Instruct, that …"
        Matcher variant = NAMED_VARIANT.matcher(namedLater ? "" : afterVerb);
        if (variant.find() && NameShapes.isCoined(variant.group(1))) {
            add(found, sentence, variant.group(1), List.of(), verbEnd + variant.start(1), RULE_VERB, 0.75, known);
        }
        Matcher colon = NAME_AFTER_COLON.matcher(afterVerb);
        if (colon.find() && NameShapes.isCapitalisedName(colon.group(1))) {
            // "We propose … method: X." names this paper's own contribution even when X became well known since.
            add(found, sentence, colon.group(1), List.of(), verbEnd + colon.start(1), RULE_VERB, 0.8, byGerund ? known : name -> false);
        }
    }

    /** A resource the authors make, found by {@link #THE_NAMED_RESOURCE}: "the Flora Dataset", "the Flora Evaluation Suite". */
    private record NamedResource(String wordsBeforeNoun, String name, String noun) {
    }

    private static NamedResource namedResource(Matcher resource) {
        String name = resource.group(2) != null ? resource.group(1) + " " + resource.group(2) : resource.group(1);
        String noun = resource.group(2) != null ? resource.group(2) : resource.group(3);
        return new NamedResource(resource.group(1), name, noun);
    }

    /**
     * "the Hindi benchmark", "the Reddit dataset", "the Test Suite": a plain word names a language, a source or a kind;
     * only a coined name, one of several capitalised words ("the Creation Challenge dataset"), or one the title gives
     * the paper's own ("The Flora Dataset: …") is this paper's resource.
     */
    private static boolean isResourceName(String wordsBeforeNoun, java.util.Collection<String> ownNames) {
        boolean titled = ownNames.stream().anyMatch(ownName -> Names.key(ownName).equals(Names.key(wordsBeforeNoun)));
        boolean severalWords = wordsBeforeNoun.contains(" ") && NameShapes.isCapitalisedPhrase(wordsBeforeNoun);
        return NameShapes.isCoined(wordsBeforeNoun.split(" ")[0]) || titled || severalWords;
    }

    /**
     * "a multiple-choice machine reading comprehension (MRC) dataset": a lower-case term abbreviated in front of
     * a resource noun says what the resource is about, it names no contribution.
     */
    private static boolean modifiesNounAfter(String sentence, AcronymDefinitions.Definition d) {
        Matcher noun = NOUN_AFTER.matcher(sentence).region(d.end(), sentence.length());
        return d.longForm().equals(d.longForm().toLowerCase(Locale.ROOT)) && noun.lookingAt();
    }


    /** A kind of thing after the abbreviation (not a verb: "our … inferencer (MTSGI) first infers …"). */
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?:" + RESOURCE_NOUNS + "|tasks?|problems?|settings?)\\b");

    /** "Mistral-7B", "Qwen2.5-72B": a model of a family the vocabulary knows, not a name the paper gives its own. */
    private static boolean ofKnownFamily(String name, Predicate<String> known) {
        String[] parts = name.split("-");
        String family = parts[0];
        if (!known.test(family) && !known.test(family.replaceAll("[\\d.]+$", ""))) {
            return false;
        }
        // "DeepSeek-GRM": a coined word after the family's name makes a new model of the family's makers, where
        // "Qwen2.5-Math-7B-Instruct" only names a release.
        return java.util.Arrays.stream(parts).skip(1).allMatch(part -> !NameShapes.isCoined(part) || RELEASE_PART.matcher(part).matches());
    }

    /** The parts of a release's name: version, size, and what the release is for ("v0.1", "7B", "Instruct", "VL", "R1"). */
    private static final Pattern RELEASE_PART = Pattern.compile(
            "(?i)v?\\d+(?:\\.\\d+)*[a-z]?|\\d+(?:\\.\\d+)?[bmk]|\\d+x\\d+[bm]|(?-i:[A-Z]{1,2}\\d*)|VL|SFT|DPO|RLHF|GPTQ|AWQ|GGUF|HF|MoE");

    private static final Pattern SIZE_AFTER_NAME = Pattern.compile("\\s\\d+(?:\\.\\d+)?[BM]$");

    /** ", a simple, fast, yet effective planning method": adjectives, with commas between them, before the head noun. */
    private static final String APPOSITIVE_HEAD = "\\s*(?:,|--?|[—–])\\s+(?:a|an|the\\s+first)\\s+(?:[\\w-]+,?\\s+){0,6}?"
            // "we propose consistency models, a new family of models that …": the noun may be plural.
            + "(?:approach(?:es)?|(?:framework|method|technique|algorithm|paradigm|model|architecture|system|mechanism|pipeline|agent|task|benchmark|dataset|objective|metric|measure|variant"
            // "we propose Soft MoE, a fully-differentiable sparse Transformer that …"
            + "|[Tt]ransformer|network|optimizer|learner|detector|solver|format|scheme|protocol|recipe)s?|strateg(?:y|ies))\\b";
    private static final Pattern SECOND_RESOURCE = Pattern.compile(
            // The first is described as a resource too, and nothing it was trained on or drawn from stands between.
            "^\\s*(?:the\\s+)?" + NameShapes.NAME + "\\s*,\\s+(?:a|an)\\s+(?:[\\w.-]+\\s+){0,4}?(?:" + RESOURCE_NOUNS + ")s?\\b"
                    + "(?:(?!\\b(?:on|from|with|using)\\b)[^;.]){0,60}?,?\\s+and\\s+(" + NameShapes.NAME + ")\\s*,\\s+(?:a|an|the)\\s+"
                    + "(?:[\\w.-]+\\s+){0,4}?(?:" + RESOURCE_NOUNS + ")s?\\b");
    private static final Pattern NAME_WITH_METHOD_HEAD = Pattern.compile("^\\s*(" + NameShapes.NAME
            + "\\s(?:decoding|attention|sampling|prompting|tuning|search|routing|merging|distillation|pruning|balancing|alignment|training)"
            + ")(?=" + APPOSITIVE_HEAD + ")");
    private static final Pattern NAME_AFTER_DASH = Pattern.compile(
            "^\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,5}?(?:setting|task|framework|method|approach|paradigm|problem|model|algorithm|technique|strategy)"
                    + "\\s*(?:[\u2014\u2013]|--)\\s*(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,3})(?=\\s*(?:[,.;(]|$))");
    private static final Pattern PART_AFTER_DEFINITION = Pattern.compile(
            "^\\s*(?:a|an|the)\\s+[^.;()]{0,100}?\\(\\p{Lu}[^()\\s]{1,15}\\)\\s+and\\s+(?:(?:a|an)\\s+)?(?:(?:new|novel)\\s+)?"
                    + "([a-z][a-z-]+(?:\\s[a-z][a-z-]+){0,3}\\s(?:loss|module|mechanism|objective|layer|regularizer|strategy))"
                    + "(?=\\s+(?:to|for|that|which)\\b|\\s*[,.;])");
    private static final Pattern NAMED_VARIANT = Pattern.compile(
            "^\\s*(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:variant|version|extension|subset|split|edition)\\s+of\\s+(?:the\\s+|our\\s+)?"
                    + NameShapes.NAME + "\\s*,\\s+(" + NameShapes.NAME + ")(?=\\s*[,(.;]|\\s+(?:that|which)\\b)");
    private static final Pattern NAME_BETWEEN_COMMAS = Pattern.compile(
            "^[^.;]{0,60}?,\\s+(" + NameShapes.NAME + ")(?=" + APPOSITIVE_HEAD + ")");
    /** "(1) SciBench, a benchmark of 869 problems": an enumerated item described as a resource. */
    private static final Pattern RESOURCE_APPOSITIVE = Pattern.compile(
            "\\s*,\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:" + RESOURCE_NOUNS + ")s?\\b");
    private static final Pattern COLON_APPOSITIVE = Pattern.compile("\\s*:\\s+(?:a|an)\\s");
    private static final Pattern PARENTHETICAL = Pattern.compile("^\\s*\\([^()]{1,80}\\)");
    private static final Pattern APPOSITIVE_AFTER = Pattern.compile("^[\"'”]?" + APPOSITIVE_HEAD);
    private static final String KIND_AFTER_TEXT = "\\s+(?:mechanism|module|strategy|technique|scheme|algorithm|recipe|representation|formulation)\\b";
    private static final Pattern KIND_AFTER = Pattern.compile(KIND_AFTER_TEXT);
    /** "Loss-Free Balancing, featured by …", "…, inspired by …": a name described by a participle after it. */
    private static final String PARTICIPLE_AFTER_TEXT = "\\s*,\\s*[a-z]{3,}ed\\s+(?:by|on|upon|with|from|for|as)\\b";
    private static final Pattern PARTICIPLE_AFTER = Pattern.compile(PARTICIPLE_AFTER_TEXT);
    private static final Pattern MULTI_WORD_AFTER_VERB = Pattern.compile(
            "^\\s*(?:(?i:the)\\s+)?(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){1,3})(?:\\s*\\((" + NameShapes.NAME + ")\\))?"
                    // "introduces the Naive Dynamic Resolution mechanism, which …": or followed by what kind of thing it is.
                    // "we propose Loss-Free Balancing, featured by …": or described by a participle.
                    + "(?=" + APPOSITIVE_HEAD + "|\\s*,\\s*(?:which|that)\\b|" + PARTICIPLE_AFTER_TEXT + "|" + KIND_AFTER_TEXT + ")"
                    // "propose an inference-time Sway Sampling strategy", "introduce cutting-edge Rank-1 Experts formulation":
                    // described by a few lower-case words before and its kind after.
                    + "|^\\s*(?:(?i:a|an|our)\\s+)?(?:[a-z][\\w-]*\\s+){1,2}?(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){1,3})"
                    + "(?:\\s*\\((" + NameShapes.NAME + ")\\))?(?=" + KIND_AFTER_TEXT + ")");
    /** "LLaVA: Large Language and Vision Assistant, …": the name is expanded right after it. */
    private static final Pattern EXPANSION_AFTER = Pattern.compile("^\\s*:\\s+[\\p{Lu}][\\p{L}-]*(?:\\s+(?:[\\p{Lu}][\\p{L}-]*|and|of|for|with|to|the|in)){1,6}\\s*,");
    private static final Pattern PROPOSE_BEFORE = Pattern.compile("(?i)\\bpropose$");
    /** ", which teaches …", not ", which is widely used" (a known thing described) nor ", which we adopt". */
    private static final Pattern WHICH_DOES_AFTER = Pattern.compile(
            "\\s*,\\s+which\\s+(?!(?:is|are|was|were|has|have|had|we|our|can|could|may|might|will|would)\\b)[a-z]+s\\b");
    /** "we propose", "we further develop": the authors' own making verb, right before its object. */
    private static final Pattern WE_MAKE_BEFORE = Pattern.compile(
            "(?i)\\bwe\\s+(?:\\w+\\s+)?(?:propose|introduce|present|develop|devise|design)(?:s|d|ed)?$");
    /** Words that cannot start a name or go on with one: an article, a determiner, a pronoun, a function word, a quantity. */
    private static final String NOT_IN_BARE_NAME = "(?:a|an|the|our|this|these|those|that|which|its|their|it|them|us|to|how|what|whether|when|where|why"
            + "|both|each|all|some|any|many|more|such|here|in|on|for|with|by|from|of|and|or|as|at|first|further|also|then|instead|only|simply"
            + "|\\d+|one|two|three|four|five|six|several|various|multiple|numerous|different|additional|extensive|initial|potential|general"
            + "|comprehensive|detailed|thorough|preliminary|empirical|theoretical|real-world|key|main|simple|novel|new|efficient|effective)\\b";
    /**
     * "budget forcing to …", "context-guided-decoding to …", "decoupled distillation.": two to four lower-case words, or one
     * word of three hyphenated parts (two, as "fine-tuning" or "cross-attention", is a common word), not a gerund of what is
     * done ("using reinforcement learning to …", "fine-tuning smaller students to …"), then its purpose or the end of the clause — not its acronym or short name,
     * which the definition rules read ("process value verifiers (PVVs)", "task-graph clustering, TGC, …").
     */
    private static final Pattern BARE_PHRASE_AFTER_VERB = Pattern.compile(
            "\\s+(?!" + NOT_IN_BARE_NAME + "|[a-z]+(?:-[a-z]+)?ing(?![a-z-]))((?:[a-z][a-z0-9]*-[a-z0-9]+-[a-z0-9-]+|[a-z][a-z0-9-]*(?:\\s+(?!" + NOT_IN_BARE_NAME
                    + ")[a-z][a-z0-9-]*){1,3}))(?=\\s+to\\b|\\s*[;.:]|\\s*,(?!\\s*\\p{Lu}[\\p{L}\\p{N}-]*\\s*,)|\\s+(?:that|which|where|for)\\b)");
    /** What the authors present that is no method: "extensive experiments", "four main findings", "strategies to …". */
    private static final Pattern GENERIC_OBJECT = Pattern.compile(
            "\\b(?:analys[ie]s|findings|experiments|results|strategies|insights|models|methods|techniques|evaluations|studies|observations"
                    + "|ablations|improvements|approaches|solutions|ideas|extensions|modifications|theory|evidence|directions|benchmarks|tools"
                    + "|datasets|metrics|baselines|tasks|settings|variants|guidelines|recommendations)$");
    private static final Pattern HYPHENATED_AFTER_VERB = Pattern.compile(
            "^\\s+([a-z]{3,}-[a-z]{3,}(?<!ing|ed|s))(?=\\s+(?:to|that|which)\\s)");
    private static final Pattern SENTENCE_CASE_AFTER_VERB = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Ll}-]+(?:\\s[a-z][a-z-]+){1,3})(?=" + APPOSITIVE_HEAD + ")");
    private static final Pattern LOWERCASE_AFTER_VERB = Pattern.compile(
            "^\\s*([a-z][a-z-]+(?:\\s[a-z][a-z-]+){0,3})(?=" + APPOSITIVE_HEAD + ")");
    private static final Pattern TASK_OF = Pattern.compile(
            "^\\s*(?:a|an|the)\\s+(?:(?:new|novel|challenging)\\s+)*(?:task|problem|concept|notion)\\s+of\\s+([a-z][a-z-]+(?:\\s[a-z][a-z-]+){1,4}?)(?=\\s*[,.;(]|\\s+for\\s+(?!\\p{Ll}))");
    private static final Pattern SET_OFF = Pattern.compile("^[\"'”]?(?:\\s*(?:,|--)\\s+(?:a|an|the)\\b|\\s*[—–]\\s*(?:a|an|the)\\b|\\s*,\\s+(?:which|that)\\b|\\s*:|\\s*\\.(?:\\s|$)|\\s*$)");
    /** "called ''Long Form'' (LF)", "termed the …", and "our multi-task subtask graph inferencer (MTSGI)". */
    private static final Pattern NAMED_RIGHT_BEFORE = Pattern.compile(
            // "Our E(3) Equivariant Diffusion Model (EDM)": a symmetry group written with its parenthesis is one word.
            "(?i)(?:\\b(?:termed|called|named|dubbed|coined|we (?:call|name|term))\\s+(?:the\\s+|an?\\s+)?|\\bour\\s+(?:[\\w-]+(?:\\([\\w,]+\\))?\\s+){0,5}"
                    // "Our key innovation, the …", "a new metric, the …"
                    + "|\\bour\\s+(?:\\w+\\s+)?(?:innovation|contribution)s?,\\s+(?:the\\s+|an?\\s+)|\\b(?:a|an)\\s+(?:novel|new)\\s+(?:[\\w-]+,\\s+the\\s+)?)[\"'“”‘’]*$");
    /**
     * 'We introduce "Successive Prompting", where …', 'our "Fisher merging" technique': a name of up to five words the authors
     * set in quotes as they put it forward.
     */
    private static final Pattern QUOTED_AFTER_VERB = Pattern.compile(
            "(?i:\\bwe\\s+(?:[a-z]+ly\\s+|also\\s+|further\\s+)?" + AUTHORS_VERB + "\\s+(?:(?:a|an|the)\\s+)?|\\bour\\s+)[\"“]"
                    + "(\\p{L}[\\p{L}\\p{N}-]*(?:\\s[\\p{L}\\p{N}][\\p{L}\\p{N}-]*){0,4})[\"”]"
                    + "(?=\\s*[,.;:(]|\\s+(?i:where|which|that|to|as|for|technique|method|approach|framework|algorithm|procedure|strategy|objective)\\b)");
    private static final Pattern QUOTED_NAME_IN_PARENTHESES = Pattern.compile(
            "(?i:\\b(?:framework|method|approach|paradigm|model|architecture|system|algorithm|technique))\\s*\\(\\s*[\"“]("
                    + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,3})[\"”]\\s*\\)");
    /** "we design a new architecture (Mamba-2) whose …": a new kind of thing named in parentheses. */
    private static final Pattern PARENTHESES_AFTER = Pattern.compile("\\s*\\(([^()]{2,80})\\)");
    private static final Pattern NEW_KIND_IN_PARENTHESES = Pattern.compile(
            "(?i:\\b(?:design|propose|introduce|develop|build|present|create|devise)\\w*\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:new|novel)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:architecture|model|method|framework|algorithm|approach|system|variant|layer|module|mechanism))\\s*\\((" + NameShapes.NAME + ")\\)"
                    // "we introduce a new paradigm Coconut (Chain of Continuous Thought)": the name right after the kind, its
                    // long form after it.
                    + "|(?i:\\b" + AUTHORS_VERB + "\\w*\\s+(?:a|an)\\s+(?:new|novel)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:paradigm|architecture|model|method|framework|algorithm|approach|system|technique))\\s+(" + NameShapes.NAME + ")(?=\\s*\\((?-i:\\p{Lu}))");
    /** "we develop a simple yet novel algorithm, Action Chunking with Transformers (ACT), which …" */
    /** "a novel framework, the …", "a new LLM reasoning framework, Reasoning via Planning (RAP)". */
    private static final Pattern NOVEL_KIND_BEFORE = Pattern.compile("(?i)\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:novel|new)\\s+(?:[\\w-]+\\s+){0,2}[\\w-]+,\\s+(?:the\\s+)?$");

    private static final Pattern APPLIED_RIGHT_BEFORE = Pattern.compile("\\b[Ww]e\\s+(?:propose\\s+to\\s+)?(?:apply|employ)\\s+(?:a\\s+|an\\s+)?$");
    private static final Pattern CLAIM_BETWEEN = Pattern.compile("(?i)\\b(?:show|demonstrate|prove|verify|reveal|confirm|argue|find)s?\\s+that\\b");

    private static final Pattern PREPOSITION_OBJECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:through|via|with|using|on|from|over|into|across|within|without)\\s+(?:a|an|the)\\s+$");
    /** What a part of a method is called: "a Mixture of Patch Experts (MoPE) layer", "a Reflective Memory Module (RMM)". */
    private static final String COMPONENT_NOUN = "(?:layer|module|mechanism|block|component|head|loss|objective|network|encoder|decoder|router|bridge|adapter)s?";
    private static final Pattern COMPONENT_NOUN_AFTER = Pattern.compile("\\s+" + COMPONENT_NOUN + "\\b");
    private static final Pattern COMPONENT_NOUN_LAST = Pattern.compile("(?i)\\b" + COMPONENT_NOUN + "$");

    /**
     * An acronym defined after a contribution verb is the contribution when it comes right after the verb or
     * is spelled in capitals; "… the functionality of language models (LMs)" far along the sentence is not.
     */
    private static boolean isContribution(String sentence, AcronymDefinitions.Definition d, int verbEnd) {
        String before = sentence.substring(Math.max(0, d.start() - 30), d.start());
        // "the notion of Flow Matching (FM)" is the idea's own name, not a part of something earlier.
        if (Cues.PRIOR_WORK_BEFORE.matcher(before).find() && !NOTION_OF_BEFORE.matcher(before).find()) {
            return false;
        }
        if (NAMED_RIGHT_BEFORE.matcher(before).find()) {
            return true;
        }
        if (PREPOSITION_OBJECT_BEFORE.matcher(before).find() && !COMPONENT_NOUN_AFTER.matcher(sentence).region(d.end(), sentence.length()).lookingAt()
                && !COMPONENT_NOUN_LAST.matcher(d.longForm()).find() && !APPOSITIVE_AFTER.matcher(sentence.substring(d.end())).find()) {
            // "We present Agent S, … interaction with computers through a Graphical User Interface (GUI)": the object
            // of a preposition is what the contribution works with or through, not the contribution — unless it is a part of
            // it, by the noun after it or by its long form, or described as the contribution is ("We address this with
            // Hierarchical Hybrid Offline-Online (H2O2), a hierarchical agent that …").
            return false;
        }
        if (d.start() > verbEnd && CLAIM_BETWEEN.matcher(sentence.substring(verbEnd, d.start())).find()) {
            // "We present rStar-Math to demonstrate that small language models (SLMs) can …": defined in what is claimed.
            return false;
        }
        boolean capitalised = d.capitalised();
        return capitalised || d.start() - verbEnd <= 60;
    }

    /** "introduces a number of innovations: (a) 4-bit NormalFloat …, (b) double quantization to …, and (c) paged optimizers …". */
    private static final Pattern ENUMERATION_AFTER_VERB = Pattern.compile("(?i:\\b(?:introduce[sd]?|propose[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|incorporate[sd]?|feature[sd]?))\\b[^:.;]{0,80}?"
            // Not "innovations to: (i) bridge …": what follows "to" says what they do, not what they are called.
            + "\\b(?i:innovations?|contributions?|techniques?|components?|modules?|mechanisms?|strategies|improvements)\\b[^:.;]{0,60}(?<!\\bto):\\s*(?=\\(\\s*(?:a|i|1)\\s*\\))");
    private static final Pattern ENUMERATED_ITEM = Pattern.compile(
            "(?<!\\w)" + Cues.LIST_MARK + "\\s+(?!(?i:a|an|the|we|our|to|it|this)\\b)([\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\s[\\p{L}\\p{N}][\\p{L}\\p{N}-]*){0,3}?)"
                    // "(1) Enhanced Perception: leveraging …": or the item's name is followed by what it does.
                    + "(?=\\s*(?:[,;(]|:\\s|$)|\\s+(?:to|that|which|for|by|with|and|where|whose)\\b)");

    private static final Pattern LEADING_NAME = Pattern.compile("(" + NameShapes.NAME + ")(?=\\s|$)");

    private static final String OWN_KIND = "(?:model|method|framework|recipe|algorithm|approach|technique|system|architecture|agent|pipeline)s?";
    /** " model and OWL-ST self-training recipe,": after a name the verb puts forward, a second name joined by "and". */
    private static final Pattern SECOND_NAME_AFTER = Pattern.compile("(?:\\s+" + OWN_KIND + ")?\\s+and\\s+(?:the\\s+|our\\s+)?(" + NameShapes.NAME + ")"
            + "(?=\\s+(?:[a-z][\\w-]*\\s+){0,2}" + OWN_KIND + "\\b|\\s*[,.;:(]|$)");
    /** "Concretely, we release: (1) Tulu-V2-mix, an improved collection …; (2) Tulu 2, …": what the authors release, item by item. */
    private static final Pattern RELEASE_ENUMERATION = Pattern.compile(
            "(?i:\\bwe\\s+(?:also\\s+|publicly\\s+|openly\\s+)?(?:release|open-source|make\\s+(?:public(?:ly\\s+available)?|available)))\\s*:?\\s*(?=" + Cues.LIST_MARK + ")");
    /** A released artefact's name: capitalised words, versions and "+DPO"-style suffixes ("Code Tulu 2", "Tulu 2+DPO"), then its description. */
    private static final Pattern RELEASED_ITEM = Pattern.compile(Cues.LIST_MARK + "\\s+(\\p{Lu}[\\p{L}\\p{N}]*(?:[-+][\\p{L}\\p{N}]+)*"
            + "(?:\\s(?:\\p{Lu}[\\p{L}\\p{N}]*|\\d[\\p{L}\\p{N}.]*)(?:[-+][\\p{L}\\p{N}]+)*){0,3})(?=\\s*[,;:(]|$)");

    /** "we train various models to demonstrate its effectiveness, including …": models the authors train, given by name. */
    private static final Pattern TRAINED_MODELS_INCLUDING = Pattern.compile(
            "(?i:\\bwe\\s+(?:also\\s+)?(?:train|build|develop|release)\\s+(?:[\\w-]+\\s+){0,3}?models\\b[^.;:]{0,60}?,?\\s+including\\s+)([^.;:]{3,200})");
    /** A listed model: a few words of kind, then its name ("the reward model UltraRM", "chat language model UltraLM-13B-PPO"). */
    private static final Pattern KIND_THEN_NAME = Pattern.compile("^(?:(?i:the|a|an|our)\\s+)?(?:[a-z][\\w-]*\\s+){0,3}(" + NameShapes.NAME + ")$");

    /** Each listed model named by a coined name of no known family; the list ends at the first item that is no such name. */
    private static void trainedModelsIncluding(List<Mention> found, String sentence, Predicate<String> known) {
        Matcher trained = TRAINED_MODELS_INCLUDING.matcher(Cues.containsAny(sentence, "including") ? sentence : "");
        if (!trained.find()) {
            return;
        }
        int at = trained.start(1);
        for (String item : Cues.AND_LIST_SPLIT.split(trained.group(1))) {
            Matcher named = KIND_THEN_NAME.matcher(item.strip());
            if (!named.matches() || !NameShapes.isCoined(named.group(1)) || ofKnownFamily(named.group(1), known)) {
                break;
            }
            at = sentence.indexOf(named.group(1), at);
            add(found, sentence, named.group(1), List.of(), at, RULE_VERB, 0.7, known);
        }
    }

    private static final java.util.Map<String, Integer> COUNT_WORDS = java.util.Map.of("two", 2, "three", 3, "four", 4);
    /** "we propose two extensions of DiffRec: …": a count of things the authors made, then a colon. */
    private static final Pattern COUNTED_THEN_COLON = Pattern.compile(
            "(?i:" + COUNT_MADE + "(two|three|four)\\s+(?:new\\s+|novel\\s+)?"
                    + "(?:[a-z][\\w-]*\\s+){0,2}?(?:extensions|variants|versions|methods|models|algorithms|strategies|techniques|modules)"
                    + "(?:\\s+of\\s+[\\p{L}\\p{N}-]+)?)\\s*:\\s*");
    /** A name that opens one of the clauses after the colon: at its start, or after ";", "," or "and". */
    private static final Pattern CLAUSE_OPENING_NAME = Pattern.compile("(?:^|[;,]\\s*(?:and\\s+)?|\\sand\\s+)(" + NameShapes.NAME + ")");

    /**
     * "we propose two extensions of DiffRec: L-DiffRec clusters items …; and T-DiffRec reweights …": the coined names that open
     * the clauses after the colon, when there are as many as the authors counted.
     */
    private static void countedThenNamed(List<Mention> found, String sentence, Predicate<String> known) {
        Matcher counted = COUNTED_THEN_COLON.matcher(sentence.indexOf(':') < 0 ? "" : sentence);
        if (!counted.find()) {
            return;
        }
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher name = CLAUSE_OPENING_NAME.matcher(sentence).region(counted.end(), sentence.length());
        while (name.find()) {
            if (NameShapes.isCoined(name.group(1)) && !names.contains(name.group(1))) {
                names.add(name.group(1));
                starts.add(name.start(1));
            }
        }
        if (names.size() == COUNT_WORDS.get(counted.group(1).toLowerCase(Locale.ROOT))) {
            for (int i = 0; i < names.size(); i++) {
                add(found, sentence, names.get(i), List.of(), starts.get(i), RULE_VERB, 0.75, known);
            }
        }
    }

    /** The items of a numbered list, read from where its cue ends; null when the sentence has no such list. */
    private static Matcher itemsAfterCue(Pattern cue, Pattern item, String sentence) {
        Matcher list = cue.matcher(sentence.indexOf('(') < 0 ? "" : sentence);
        return list.find() ? item.matcher(sentence).region(list.end(), sentence.length()) : null;
    }

    /** Each named item of a numbered release list; an item led by no name ("(2) code to …") is skipped. */
    private static void releasesEnumerated(List<Mention> found, String sentence, Predicate<String> known) {
        Matcher item = itemsAfterCue(RELEASE_ENUMERATION, RELEASED_ITEM, sentence);
        while (item != null && item.find()) {
            // "(3) Tulu 2+DPO": a version or a "+DPO" suffix aside, the words are a name ("(1) Models, …" is none).
            if (NameShapes.isCapitalisedPhrase(item.group(1).replaceAll("\\s\\d[\\p{L}\\p{N}.]*|[-+][\\p{L}\\p{N}]+", ""))) {
                // Each item's own description says what it is: "(1) X, a collection of datasets; (2) Y, models finetuned on X".
                int next = sentence.indexOf(';', item.end(1));
                String own = sentence.substring(item.start(1), next < 0 ? sentence.length() : next);
                addOfKind(found, sentence, item.group(1), List.of(), resourceKind(own, 0, item.group(1).length()), RULE_VERB, 0.75, known);
            }
        }
    }

    /** The items that make up what the authors introduce, each a name; the list ends where an item is none. */
    private static void resourcesListedAfterCount(List<Mention> found, String sentence) {
        Matcher listed = RESOURCES_LISTED_AFTER_COUNT.matcher(sentence);
        if (!listed.find()) {
            return;
        }
        int at = listed.start(2);
        for (String item : Cues.AND_LIST_SPLIT.split(listed.group(2))) {
            // "… and Peptides-struct that arguably require …": the last item runs on into the sentence.
            Matcher leading = LEADING_NAME.matcher(item.strip());
            String name = leading.lookingAt() ? leading.group(1) : "";
            if (!NameShapes.isCapitalisedName(name)) {
                break;
            }
            at = sentence.indexOf(name, at);
            // Presented here, a part is this paper's however well known it became.
            add(found, sentence, name, List.of(), at, RULE_VERB, 0.75, n -> false);
            at += name.length();
        }
    }

    /** The short names of an enumeration of contributions right after the contribution verb and a colon. */
    private static void contributionsEnumerated(List<Mention> found, String sentence, Predicate<String> known) {
        Matcher item = itemsAfterCue(ENUMERATION_AFTER_VERB, ENUMERATED_ITEM, sentence);
        while (item != null && item.find()) {
            if (RESOURCE_NOUN.matcher(item.group(1)).find() || Cues.RESOURCE_NAME_ENDING.matcher(item.group(1)).find()
                    || RESOURCE_APPOSITIVE.matcher(sentence).region(item.end(1), sentence.length()).lookingAt()) {
                add(found, sentence, item.group(1), List.of(), item.start(1), RULE_VERB, 0.7, known);
            } else {
                // "(1) Enhanced Perception: leveraging a large-scale dataset of …": an innovation, whatever data it uses.
                addTask(found, sentence, item.group(1), known);
            }
        }
    }

    /** "We adopt …", "Our model employs …": the authors say what their own work is built from. */
    private static final Pattern OWN_ADOPTION = Pattern.compile(
            "(?i)^(?:[\\w-]+,\\s+)?(?:we|our\\s+[\\w-]+)\\s+(?:also\\s+)?(?:adopt|employ|use|incorporate|introduce|propose|design|develop|feature)\\w*\\b");
    private static final Pattern NOVEL_KINDS_LISTED = Pattern.compile(
            "(?i:\\b(?:innovative|novel|new)\\s+(?:[\\w-]+\\s+)?(?:architectures|techniques|components|designs|modules|mechanisms|strategies),?\\s+(?:including|such as|namely)\\s+)"
                    + "([^.;]+)");
    private static final Pattern LISTED_NAME = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}\\p{N}-]*\\s+){0,4}\\p{Lu}[\\p{L}\\p{N}-]*)(?:\\s*\\((\\p{Lu}[\\p{L}\\p{N}-]*)\\))?");

    /**
     * "DeepSeek-V2 adopts innovative architectures including Multi-head Latent Attention (MLA) and DeepSeekMoE": new
     * designs listed and spelled out are the paper's, read in order until an item is no name.
     */
    private static void novelKindsListed(List<Mention> found, String sentence) {
        Matcher listed = NOVEL_KINDS_LISTED.matcher(sentence);
        if (!listed.find()) {
            return;
        }
        int at = listed.start(1);
        for (String item : Cues.AND_LIST_SPLIT.split(listed.group(1))) {
            Matcher name = LISTED_NAME.matcher(item.strip());
            if (!name.matches() || !(NameShapes.isCapitalisedPhrase(name.group(1)) || NameShapes.isCoined(name.group(1)))) {
                break;
            }
            int start = sentence.indexOf(name.group(1), at);
            if (name.group(2) != null && NameShapes.isCoined(name.group(2))) {
                add(found, sentence, name.group(2), List.of(name.group(1)), start, RULE_VERB, 0.75, n -> false);
            } else if (name.group(1).contains(" ")) {
                add(found, sentence, name.group(1), List.of(), start, RULE_VERB, 0.75, n -> false);
            }
            // A single coined name, neither spelled out nor defined here ("… and DeepSeekMoE"), may be the authors' earlier work.
            at = Math.max(at, start);
        }
    }

    /**
     * A named task or innovation of an enumeration: proposed, whatever resource nouns stand nearby ("a benchmark with two
     * tasks: …"), or a new task the authors pose ("for this new task of subject-driven generation").
     */
    private static void addTask(List<Mention> found, String sentence, String name, Predicate<String> known) {
        if (!known.test(name) && found.stream().noneMatch(m -> Names.key(m.name()).equals(Names.key(name)))) {
            found.add(new Mention(Relation.PROPOSES, EntityKind.METHOD, name, List.of(), sentence, RULE_VERB, 0.7, null));
        }
    }

    private static void add(List<Mention> found, String sentence, String name, List<String> aliases, int at,
                            String rule, double confidence, Predicate<String> known) {
        add(found, sentence, name, aliases, at, at + name.length(), rule, confidence, known);
    }

    /** "Deep Reinforcement Learning": its last two words or more are a term the vocabulary knows. */
    private static boolean endsInKnownTerm(String[] words, Predicate<String> known) {
        for (int from = 0; from <= words.length - 2; from++) {
            if (known.test(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SERIES_AFTER = Pattern.compile("(?<=\\S)\\s+(?i:series|family)$");

    /** @param end where the span naming it ends: after "(PSEC)" when the long form comes first */
    private static void add(List<Mention> found, String sentence, String name, List<String> aliases, int at, int end,
                            String rule, double confidence, Predicate<String> known) {
        addOfKind(found, sentence, name, aliases, resourceKind(sentence, at, end), rule, confidence, known);
    }

    /** @param kind the kind of resource the name is, or null for a method */
    private static void addOfKind(List<Mention> found, String sentence, String name, List<String> aliases, String kind,
                                  String rule, double confidence, Predicate<String> known) {
        // "the Qwen2-VL Series" is Qwen2-VL, released at several sizes.
        String clean = SERIES_AFTER.matcher(name.replaceAll("[\"'“”]", "").strip()).replaceFirst("");
        // "when designing RMs to …": the plural of an abbreviation is a kind of thing, not a name — unless defined here
        // ("process advantage verifiers (PAVs)").
        if (clean.isEmpty() || aliases.isEmpty() && NameShapes.isPluralAbbreviation(clean) || known.test(clean) || aliases.stream().anyMatch(known)
                || found.stream().anyMatch(m -> Names.key(m.name()).equals(Names.key(clean)))) {
            return;
        }
        Relation relation = kind == null ? Relation.PROPOSES : Relation.INTRODUCES;
        EntityKind entityKind = kind == null ? EntityKind.METHOD : EntityKind.BENCHMARK;
        found.add(new Mention(relation, entityKind, clean, aliases, sentence, rule, confidence, kind));
    }

    static String resourceKind(String sentence, int at, String name) {
        return resourceKind(sentence, at, Math.min(sentence.length(), at + name.length()));
    }

    /**
     * The head noun nearest the name decides: "X, a benchmark for …" introduces a resource,
     * "X, a framework that …" proposes a method. The span [at, end) is the name as written.
     */
    static String resourceKind(String sentence, int at, int end) {
        Matcher ending = Cues.RESOURCE_NAME_ENDING.matcher(sentence.substring(at, end));
        if (!ending.find()) {
            // "Large-scale Open Time Series Archive (LOTSA)": the long form ends in what it is.
            ending = Cues.RESOURCE_NAME_ENDING.matcher(TRAILING_PARENTHESIS.matcher(sentence.substring(at, end)).replaceFirst(""));
        }
        if (ending.reset().find()) {
            if (ending.group(1).equals("Eval") || ending.group(1).equals("QA")) {
                // "an automatic evaluator: ToolEval" is a metric; "G-Eval, a framework …" a method; "TaskEval" alone a benchmark;
                // "UnifiedQA, a single pre-trained model" a method, "HonestQA" alone a question set.
                if (EVALUATOR_BEFORE.matcher(sentence.substring(Math.max(0, at - 40), at)).find()) {
                    return "metric";
                }
                String noun = nearestResourceNoun(sentence, at, end);
                return noun != null ? Cues.resourceKind(noun) : methodNounNear(sentence, at, end) ? null : "benchmark";
            }
            return Cues.resourceKindOfEnding(ending.group(1));
        }
        // "Using this dataset, we train Lynx, a tool-augmented LLM": what the appositive calls it, it is.
        String named = namedNoun(sentence, at);
        if (named != null) {
            return RESOURCE_NOUN.matcher(named).matches() ? Cues.resourceKind(named) : null;
        }
        String described = appositiveHead(sentence, end);
        if (described != null) {
            return RESOURCE_NOUN.matcher(described).matches() ? Cues.resourceKind(described) : null;
        }
        String noun = nearestResourceNoun(sentence, at, end);
        if (noun != null) {
            return Cues.resourceKind(noun);
        }
        if (methodNounNear(sentence, at, end)) {
            return null;
        }
        // "We compile CommitPack: 4 terabytes of Git commits": what is curated or collected is data, unless a method noun
        // says otherwise ("we collect X, a pipeline that …").
        if (DATA_VERB_BEFORE.matcher(sentence.substring(Math.max(0, at - 30), at)).find()) {
            return "dataset";
        }
        // "we construct MathCheck, which comprises 10K questions": counted in items of data, it is a benchmark (questions to
        // answer) or a dataset (examples to learn from).
        Matcher counted = COUNTED_CONTENTS_AFTER.matcher(sentence).region(end, sentence.length());
        if (!counted.lookingAt()) {
            return null;
        }
        // "containing 900 videos and 2,700 questions": questions anywhere in the count make it a test.
        return TEST_ITEMS.matcher(sentence).region(counted.start(1), Math.min(sentence.length(), counted.end() + 60)).find() ? "benchmark" : "dataset";
    }

    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)$");
    /** "referred to as", "called", "we dub": a naming cue right before the name. */
    private static final Pattern NAMING_CUE_BEFORE = Pattern.compile(NAMING_CUE + "$");

    /**
     * "a method of generating novel datasets with math problems and their solutions, referred to as MathCodeInstruct": what
     * a naming cue names is the last head noun of its clause, however far before the cue; null without a cue or a noun.
     */
    private static String namedNoun(String sentence, int at) {
        Matcher cue = NAMING_CUE_BEFORE.matcher(sentence.substring(Math.max(0, at - 40), at));
        if (!cue.find()) {
            return null;
        }
        int cueAt = Math.max(0, at - 40) + cue.start();
        String clause = sentence.substring(Math.max(0, cueAt - 160), cueAt).replaceFirst("^.*[;:]", "");
        Matcher noun = HEAD_NOUN.matcher(clause);
        String last = null;
        while (noun.find()) {
            if (!NameWindow.HEAD_NOUN_AFTER.matcher(clause).region(noun.end(), clause.length()).lookingAt()) {
                last = noun.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return last;
    }
    /** ", a …", "(LNX), an …", ": a …", " -- a …", "—a …": an appositive right after a name, which says what the name is. */
    private static final Pattern APPOSITIVE_OPENING = Pattern.compile("\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:(?:,|:|\\s--?)\\s+|\\s*[—–]\\s*)(?:a|an)\\s+");
    /** What an appositive may call a name: a resource, a method, or a language model ("Lynx, a tool-augmented LLM"). */
    private static final Pattern HEAD_NOUN = Pattern.compile("(?i)\\b(" + RESOURCE_NOUNS + "|" + METHOD_NOUNS + "|LLM|MLLM|VLM)s?\\b(?!-)");

    /** The head noun of an appositive right after the name ("X, a benchmark for …" → benchmark), or null when none says. */
    private static String appositiveHead(String sentence, int end) {
        Matcher opening = APPOSITIVE_OPENING.matcher(sentence).region(end, sentence.length());
        if (!opening.lookingAt()) {
            return null;
        }
        String phrase = sentence.substring(opening.end(), Math.min(sentence.length(), opening.end() + 60)).split("[,;:(]|\\.\\s", 2)[0];
        Matcher noun = HEAD_NOUN.matcher(phrase);
        while (noun.find()) {
            // "a dataset distillation method": the last noun of a compound is its head.
            if (!NameWindow.HEAD_NOUN_AFTER.matcher(phrase).region(noun.end(), phrase.length()).lookingAt()) {
                String head = noun.group(1).toLowerCase(Locale.ROOT);
                // "a research suite composed of seven decoder-only models": a suite of models is a model the paper makes (not "a
                // benchmark of 500 questions for language models", nor "a dataset of responses from 12 LLMs").
                boolean suiteOfModels = SUITE_NOUNS.contains(head)
                        && MODELS_IT_HOLDS.matcher(sentence).region(opening.end() + noun.end(), sentence.length()).lookingAt();
                return suiteOfModels ? "model" : head;
            }
        }
        return null;
    }

    /**
     * What a suite or collection holds, when it holds models: "(suite) composed of seven decoder-only models", "(a suite) of
     * improved Tulu models".
     */
    private static final Pattern MODELS_IT_HOLDS = Pattern.compile(
            "(?i)\\s+(?:(?:composed|made\\s+up|consisting)\\s+of|comprising|of)"
                    // a count or adjectives only: no "for", "from", "by" between, nor what the suite does ("tasks probing … models")
                    + "\\s+(?:(?!(?:for|from|by|with|over|on|in|to|that)\\b|[\\w-]+ing\\b)[\\w-]+\\s+){0,3}?(?:models|LLMs|language\\s+models|checkpoints)\\b");
    private static final java.util.Set<String> SUITE_NOUNS = java.util.Set.of("suite", "collection");

    private static final Pattern TEST_ITEMS = Pattern.compile("(?i)\\b(?:questions|problems|queries|test\\s+cases)\\b");

    private static final Pattern COUNTED_CONTENTS_AFTER = Pattern.compile(
            "(?i)\\s*(?:\\([^()]{1,60}\\)\\s*)?,?\\s*(?:(?:which|that)\\s+)?(?:comprises|comprising|contains|containing|consists\\s+of|consisting\\s+of|includes|including|covers|covering|spans|spanning|features|featuring|with)\\s+"
                    + "(?:over\\s+|more\\s+than\\s+|about\\s+|nearly\\s+|around\\s+|approximately\\s+)?[\\d,.]+[KkM]?\\+?\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(questions|problems|samples|examples|instances|images|videos|hours|pairs|dialogues|conversations|documents|tokens|prompts|queries"
                    + "|annotations|trajectories|episodes|clips|utterances|programs|items|test\\s+cases|instructions|captions|sentences|scenes)\\b");

    private static final Pattern DATA_VERB_BEFORE = Pattern.compile(
            "(?i)\\b(?:curat|compil|collect|crawl|scrap|gather)(?:e|es|ed|ing|s)?\\s+(?:(?:the|a|an)\\s+)?$");

    /** A method noun stands near the name: "G-Eval, a framework …". */
    static boolean methodNounNear(String sentence, int at, int end) {
        return NameWindow.of(sentence, at, end).nearest(METHOD_NOUN) != null;
    }

    /** The resource noun nearest the name, unless a method noun stands nearer. */
    private static String nearestResourceNoun(String sentence, int at, int end) {
        NameWindow window = NameWindow.of(sentence, at, end);
        Noun resource = window.nearest(RESOURCE_NOUN);
        Noun method = window.nearest(METHOD_NOUN);
        return resource == null || (method != null && method.distance() <= resource.distance()) ? null : resource.word();
    }

    private record Noun(String word, int distance) {
    }

    /** The words around a name, the name itself blanked: in "Agent-X, a benchmark" the name is no head noun. */
    private record NameWindow(String text, int nameAt) {

        static NameWindow of(String sentence, int at, int end) {
            // Whole words only: a window cut inside "framework" or a mask ending inside "Parametric" would leave "fram"
            // and "metric" behind.
            int from = wordStart(sentence, Math.max(0, at - 60));
            int to = wordEnd(sentence, Math.min(sentence.length(), end + 60));
            String text = sentence.substring(from, at) + " ".repeat(end - at) + sentence.substring(end, to);
            return new NameWindow(UNSAID.matcher(text).replaceAll(m -> " ".repeat(m.group().length())), at - from);
        }

        private static final Pattern HEAD_NOUN_AFTER = Pattern.compile("(?i)[\\s-]+"
                // "a dataset distillation method": a nominalisation may stand between (not "a dataset containing …")
                + "(?:(?!(?:containing|including|covering|spanning|featuring|comprising|using|providing)\\b)[a-z]+(?:tion|sion|ing|ment)\\s+)?"
                + "(?:" + RESOURCE_NOUNS + "|" + METHOD_NOUNS + ")s?\\b");
        /**
         * Words that say nothing of what a name is: whom it is for ("Instruction-Following Eval (IFEval) for large language
         * models"), how it is released ("we release LIMO as a comprehensive open-source suite").
         */
        private static final Pattern UNSAID = Pattern.compile("(?i)\\bfor\\s+(?:[\\w-]+\\s+){0,3}?(?:models|LLMs|agents|systems)\\b"
                + "|\\bas\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?open[- ]source\\s+[\\w-]+");

        /** The noun of that kind nearest the name, or null. */
        Noun nearest(Pattern noun) {
            Matcher m = noun.matcher(text);
            Noun best = null;
            while (m.find()) {
                if (HEAD_NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                    // "an instruction tuning dataset", "a dataset distillation method": the last noun of a compound is its head.
                    continue;
                }
                int distance = Math.abs(m.start() - nameAt);
                if (best == null || distance < best.distance()) {
                    best = new Noun(m.group(1).toLowerCase(Locale.ROOT), distance);
                }
            }
            return best;
        }
    }

    private static int wordStart(String text, int at) {
        while (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int wordEnd(String text, int at) {
        while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }
}

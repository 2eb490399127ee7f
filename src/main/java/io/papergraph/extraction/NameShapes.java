package io.papergraph.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/** What a coined name looks like in running text: {@code StepCoder}, {@code KS-Gen}, {@code GPT-4}, {@code φ-Decoding}. */
final class NameShapes {

    /**
     * "LVISv1.0", "System-1.5": a part that ends in a digit may go on with a decimal release, which belongs to the name. Not a
     * size ("OPT-1.3B"): such a part is left out ("OPT") by the check after each hyphenated part.
     */
    private static final String DECIMAL_RELEASE = "(?:(?<=\\d)(?:\\.\\d++)++(?!\\p{L}))?";
    /** A superscript written in LaTeX, as arXiv abstracts keep it: "ReST^{EM}", "MERGE^3", "ReST$^\\text{EM}$". */
    private static final String SUPERSCRIPT = "(?:\\^\\{?[\\p{L}\\p{N}]{1,6}\\}?|\\$\\^(?:\\\\text)?\\{?[\\p{L}\\p{N}]{1,6}\\}?\\$)?";

    /** A capitalised token, hyphenated parts and a trailing *, + or ++ allowed ("MiniWob++"). */
    // "A$^3$T", "M$^3$IT": the token may go on after its superscript.
    static final String NAME = "(?<![\\p{L}\\p{N}\\-\\u2010\\u2011])[\\p{Lu}\\p{IsGreek}][\\p{L}\\p{N}]*+" + DECIMAL_RELEASE + SUPERSCRIPT + "[\\p{L}\\p{N}]*+"
            // Each hyphenated part taken whole, never given back: a chain of hundreds is read in one pass, not by recursion
            // deep enough to overflow the stack.
            + "(?:[-\\u2010\\u2011](?:[\\p{L}\\p{N}]++" + DECIMAL_RELEASE + "|&)" + SUPERSCRIPT + "(?!\\.\\d))*+(?:\\*|\\+\\+?)?"
            // A whole token only: not "CodeEval" inside "xCodeEval", not "System-1" of "System-1.5".
            + "(?![\\p{L}\\p{N}]|\\.\\d)";
    static final Pattern NAME_PATTERN = Pattern.compile(NAME);
    /** " 2", " 2.0" after a name: its version written apart ("HippoRAG 2", "HaluEval 2.0"), not a count or a share ("Zorb 25%", "ZorbQA 10 times larger"). */
    // "StarCraft II", "TextStarCraft III": a sequel's number in Roman numerals.
    static final String VERSION_APART = "\\s(?:\\d{1,2}(?:\\.\\d)?(?![\\p{L}\\p{N}%]|\\.\\d|\\s*(?:times|x|×|fold|million|billion|thousand|hours?|minutes?|days|languages|parameters|samples|examples|tokens|images|videos|[KMB])\\b)|(?:II|III|IV)(?![\\p{L}\\p{N}-]))";
    /** " v3.1", " v2": a release written with a v ("OWSM v3.1"). */
    static final String V_VERSION_APART = "\\sv\\d{1,2}(?:\\.\\d{1,2})?(?![\\p{L}\\p{N}-]|\\.\\d)";
    private static final Pattern VERSION_APART_AT_END = Pattern.compile(VERSION_APART + "$");

    /** The name without a version written apart after it: "HaluEval" of "HaluEval 2.0". */
    static String withoutVersionApart(String name) {
        return VERSION_APART_AT_END.matcher(name).replaceFirst("");
    }
    /**
     * A coined name that starts in lower case, its capital inside: {@code nnU-Net}, {@code xLSTM}, {@code mPLUG}; or a letter
     * hyphened to an acronym: {@code f-DPO}, {@code β-VAE}.
     */
    // "xLAM-v0.1": a release's decimal version in a hyphenated part.
    static final String LOWER_COINED = "(?<![\\p{L}\\p{N}\\-\\u2010\\u2011])(?:\\p{Ll}{1,3}|\\p{Ll}[-\\u2010\\u2011](?=\\p{Lu}{2}))\\p{Lu}[\\p{L}\\p{N}]*(?:[-\\u2010\\u2011][\\p{L}\\p{N}]+" + DECIMAL_RELEASE + ")*(?![\\p{L}\\p{N}]|\\.\\d)";

    /**
     * A coined name that starts with a digit, two capitals after it: {@code 4DGS}, {@code 3DGS} (not "3D", "8B", "4GB"); or a
     * dimension hyphened to a capitalised part: {@code 3D-VLA}, {@code 4D-Humans}.
     */
    static final String DIGIT_COINED = "(?<![\\p{L}\\p{N}\\-\\u2010\\u2011.])\\d(?:(?!(?:GB|MB|TB|KB|FPS|GHz)(?![\\p{L}\\p{N}]))\\p{Lu}{2}|(?<=[2-4])D[-\\u2010\\u2011](?=\\p{Lu}))[\\p{L}\\p{N}]*(?:[-\\u2010\\u2011][\\p{L}\\p{N}]+)*(?![\\p{L}\\p{N}]|\\.\\d)";
    private static final Pattern DIGIT_COINED_PATTERN = Pattern.compile(DIGIT_COINED);

    /** Capitalised words that start sentences or titles but never name a method. */
    private static final Set<String> ORDINARY = Set.of(
            "A", "An", "The", "This", "These", "That", "Our", "We", "It", "In", "On", "For", "To", "And", "Of",
            "Large", "Language", "Model", "Models", "Learning", "Towards", "Toward", "Survey", "Review", "Position",
            "Tutorial", "Overview", "Introduction", "Perspective", "Benchmark", "Benchmarks", "Dataset", "Datasets",
            "Experiments", "Results", "Evaluation", "Method", "Methods", "Framework", "Approach", "Here", "However", "Specifically",
            "First", "Second", "Third", "Finally", "Then", "Moreover", "Furthermore", "Additionally", "LLM", "LLMs",
            "AI", "RL", "NLP", "ML", "SOTA", "SoTA", "GPU", "GPUs", "CPU", "API", "APIs", "GUI", "GUIs", "UI", "UIs", "SFT", "QA", "VQA", "IID", "OOD", "Transformer", "Transformers", "Code", "Experts", "Agents", "Agent",
            "CUDA", "PyTorch", "TensorFlow", "JAX", "TPU", "TPUs", "NVIDIA", "Docker", "NumPy", "SciPy", "GitHub", "OpenAI",
            "HuggingFace", "LangChain", "LM", "LMs", "VLM", "VLMs", "MLLM", "MLLMs", "LVLM", "LVLMs", "LRM", "LRMs",
            // Tasks by their abbreviations: "diffusion-based TTS models", "large-scale T2I models" are a kind of system, not one.
            "TTS", "ASR", "OCR", "T2I", "T2V", "I2V");

    private NameShapes() {
    }


    /**
     * Number formats, accelerators and file or markup formats: "FP16", "W4A4", "INT8", "H100", "RTX 4090", "HTML",
     * "JSON" — shaped like names, never methods.
     */
    private static final Pattern FORMAT_OR_HARDWARE = Pattern.compile(
            "(?i)(?:fp|bf|int|uint|tf)\\d+|w\\d+a\\d+(?:kv\\d+)?|[ahvbl]\\d{2,3}s?|a\\d{4}|rtx|tpuv?\\d*|mi\\d{3}x?"
                    + "|(?-i:HTML|XML|JSON|YAML|CSV|PDF|SVG|DOM|SQL)"
                    // "a 3.1 TB dataset": a unit of data size.
                    + "|(?-i:KB|MB|GB|TB|PB)");

    static boolean isFormatOrHardware(String token) {
        return FORMAT_OR_HARDWARE.matcher(token).matches();
    }

    /** "May 2023", "Sept. 2024", "March 5, 2024": a date, whose year makes it look coined. */
    private static final Pattern DATE = Pattern.compile(
            "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
                    + "\\.?\\s+(?:\\d{1,2},?\\s+)?(?:19|20)\\d{2}");

    /** Inner capitals, letters mixed with digits, all capitals, or a Greek initial: a coined name. */
    static boolean isCoined(String token) {
        if (ORDINARY.contains(token) || token.length() < 2 || isModifier(token) || isFormatOrHardware(token)
                || token.indexOf(' ') > 0 && DATE.matcher(token).matches()) {
            return false;
        }
        // "Q*", "A*", "MCTS*": a star after a name marks a variant of a search or an algorithm, a coinage.
        if (DIGIT_COINED_PATTERN.matcher(token).matches() || token.endsWith("*") && Character.isLetter(token.codePointAt(0))) {
            return true;
        }
        if (!Character.isLetter(token.codePointAt(0))) {
            return false;
        }
        String rest = token.substring(1);
        boolean innerCapital = rest.chars().anyMatch(Character::isUpperCase);
        boolean digit = token.chars().anyMatch(Character::isDigit);
        boolean greek = Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.GREEK;
        return innerCapital || digit || greek;
    }

    /** "AI-generated", "LLM-based", "GPT-style": a hyphenated modifier, not a name. */
    static boolean isModifier(String token) {
        int hyphen = token.lastIndexOf('-');
        return hyphen > 0 && Cues.isModifierSuffix(token.substring(hyphen + 1));
    }

    /** Widely spoken languages: "the English dataset", "six languages: English, Chinese, …" name a language, not a resource. */
    private static final Set<String> LANGUAGES = Set.of(
            "English", "Chinese", "Mandarin", "Cantonese", "Spanish", "French", "German", "Japanese", "Korean", "Arabic", "Hindi",
            "Russian", "Portuguese", "Italian", "Dutch", "Turkish", "Vietnamese", "Thai", "Indonesian", "Malay", "Swahili",
            "Bengali", "Urdu", "Persian", "Farsi", "Polish", "Ukrainian", "Greek", "Hebrew", "Czech", "Swedish", "Finnish",
            "Danish", "Norwegian", "Hungarian", "Romanian", "Tamil", "Telugu", "Marathi", "Gujarati", "Punjabi", "Yoruba",
            "Amharic", "Hausa", "Igbo", "Zulu", "Tagalog", "Filipino", "Latin", "Catalan", "Basque");

    private static final Pattern PLURAL_ABBREVIATION = Pattern.compile("\\p{Lu}{2,}s");

    // "II" of "FooCraft II": a sequel's Roman numeral alone too.
    private static final Pattern BARE_VERSION = Pattern.compile("(?i)v?\\d+(?:\\.\\d+)*|(?-i:II|III|IV)");

    /** "V2", "v1.5", "3", "II": a version alone, no name. */
    static boolean isBareVersion(String word) {
        return BARE_VERSION.matcher(word).matches();
    }

    /** "RMs", "SNNs": the plural of an abbreviation names a kind of thing, not one. */
    static boolean isPluralAbbreviation(String name) {
        return PLURAL_ABBREVIATION.matcher(name).matches();
    }

    /** "MAS", "MoE", "CoT", "RLHF": a short form of capitals, lower-case letters between them, one word of up to eight letters. */
    static boolean isAbbreviation(String name) {
        return ABBREVIATION.matcher(name).matches();
    }

    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}(?=(?:\\p{Ll}?\\p{Lu}))[\\p{Lu}\\p{Ll}\\d]{1,7}");

    static boolean isLanguage(String word) {
        return LANGUAGES.contains(word);
    }

    /** Sentence words such as "The", "Our", "However" that are capitalised without being names. */
    static boolean isOrdinary(String word) {
        return ORDINARY.contains(word);
    }

    /**
     * Every word capitalised and one of them a name: "Phantom Score", "AnyTile", "Model Breadcrumbs" — not
     * "Large Language Models" (ordinary words only) or "The Agent" (a sentence word).
     */
    static boolean isCapitalisedPhrase(String phrase) {
        String[] words = phrase.split("\\s+");
        if (words.length == 1) {
            return isCapitalisedName(words[0]);
        }
        return java.util.Arrays.stream(words).allMatch(w -> NAME_PATTERN.matcher(w).matches() && !isSentenceWord(w))
                && java.util.Arrays.stream(words).anyMatch(NameShapes::isCapitalisedName);
    }

    /** Ordinary words that only start sentences or join them ("The", "However", "Towards"), never part of a name. */
    static boolean isSentenceWord(String word) {
        return SENTENCE_WORDS.contains(word);
    }

    private static final Set<String> SENTENCE_WORDS = Set.of(
            "A", "An", "The", "This", "These", "That", "Our", "We", "It", "In", "On", "For", "To", "And", "Of",
            "Towards", "Toward", "Here", "However", "Specifically", "First", "Second", "Third", "Finally", "Then",
            "Moreover", "Furthermore", "Additionally", "Survey", "Review", "Position", "Tutorial", "Overview",
            "Introduction", "Perspective");

    private static final Pattern DOCUMENT_PART = Pattern.compile("(?i)table|section|figure|fig|eq|equation|appendix|version|step|stage|phase|level");

    /** "Table 1.2", "Phase-2B": a part of the paper or of its procedure, numbered — never a system or a model. */
    static boolean isDocumentPart(String word) {
        return DOCUMENT_PART.matcher(word).matches();
    }

    /** A coined name, or any capitalised word that is not an ordinary sentence word (for strong contexts). */
    static boolean isCapitalisedName(String token) {
        return isCoined(token) || (NAME_PATTERN.matcher(token).matches() && !ORDINARY.contains(token)
                && token.length() > 2 && !isModifier(token) && !isFormatOrHardware(token));
    }

    /** The name as a whole token: "MATH" in "on MATH and GSM8K", not in "MetaMATH" or "MATH-500". */
    static Pattern wholeWord(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }

    /** The name on its own, not the end of a hyphenated one: "STaR" in "such as STaR", not in "V-STaR". */
    static Pattern standalone(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }
}

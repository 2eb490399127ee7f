package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contributions in lists: the items of a numbered release list, an enumeration after the contribution verb and
 * a colon, and new designs listed by name ("innovative architectures including X and Y").
 */
final class EnumeratedContributionRule {

    private EnumeratedContributionRule() {
    }

    /** "(1) SciBench, a benchmark of 869 problems": an enumerated item described as a resource. */
    private static final Pattern RESOURCE_APPOSITIVE = Pattern.compile(
            "\\s*,\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:" + ResourceKinds.RESOURCE_NOUNS + ")s?\\b");

    /** "introduces a number of innovations: (a) 4-bit NormalFloat …, (b) double quantization to …, and (c) paged optimizers …". */
    private static final Pattern ENUMERATION_AFTER_VERB = Pattern.compile("(?i:\\b(?:introduce[sd]?|propose[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|incorporate[sd]?|feature[sd]?))\\b[^:.;]{0,80}?"
            // Not "innovations to: (i) bridge …": what follows "to" says what they do, not what they are called.
            + "\\b(?i:innovations?|contributions?|techniques?|components?|modules?|mechanisms?|strategies|improvements)\\b[^:.;]{0,60}(?<!\\bto):\\s*(?=\\(\\s*(?:a|i|1)\\s*\\))");
    private static final Pattern ENUMERATED_ITEM = Pattern.compile(
            "(?<!\\w)" + Cues.LIST_MARK + "\\s+(?!(?i:a|an|the|we|our|to|it|this)\\b)([\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\s[\\p{L}\\p{N}][\\p{L}\\p{N}-]*){0,3}?)"
                    // "(1) Enhanced Perception: leveraging …": or the item's name is followed by what it does.
                    + "(?=\\s*(?:[,;(]|:\\s|$)|\\s+(?:to|that|which|for|by|with|and|where|whose)\\b)");
    /** "Concretely, we release: (1) Tulu-V2-mix, an improved collection …; (2) Tulu 2, …": what the authors release, item by item. */
    private static final Pattern RELEASE_ENUMERATION = Pattern.compile(
            "(?i:\\bwe\\s+(?:also\\s+|publicly\\s+|openly\\s+)?(?:release|open-source|make\\s+(?:public(?:ly\\s+available)?|available)))\\s*:?\\s*(?=" + Cues.LIST_MARK + ")");
    /** A released artefact's name: capitalised words, versions and "+DPO"-style suffixes ("Code Tulu 2", "Tulu 2+DPO"), then its description. */
    private static final Pattern RELEASED_ITEM = Pattern.compile(Cues.LIST_MARK + "\\s+(\\p{Lu}[\\p{L}\\p{N}]*(?:[-+][\\p{L}\\p{N}]+)*"
            + "(?:\\s(?:\\p{Lu}[\\p{L}\\p{N}]*|\\d[\\p{L}\\p{N}.]*)(?:[-+][\\p{L}\\p{N}]+)*){0,3})(?=\\s*[,;:(]|$)");

    /** The items of a numbered list, read from where its cue ends; null when the sentence has no such list. */
    private static Matcher itemsAfterCue(Pattern cue, Pattern item, String sentence) {
        Matcher list = cue.matcher(sentence.indexOf('(') < 0 ? "" : sentence);
        return list.find() ? item.matcher(sentence).region(list.end(), sentence.length()) : null;
    }

    /** Each named item of a numbered release list; an item led by no name ("(2) code to …") is skipped. */
    static void releasesEnumerated(List<Mention> found, String sentence, Predicate<String> known) {
        Matcher item = itemsAfterCue(RELEASE_ENUMERATION, RELEASED_ITEM, sentence);
        while (item != null && item.find()) {
            // "(3) Tulu 2+DPO": a version or a "+DPO" suffix aside, the words are a name ("(1) Models, …" is none).
            if (NameShapes.isCapitalisedPhrase(item.group(1).replaceAll("\\s\\d[\\p{L}\\p{N}.]*|[-+][\\p{L}\\p{N}]+", ""))) {
                // Each item's own description says what it is: "(1) X, a collection of datasets; (2) Y, models finetuned on X".
                int next = sentence.indexOf(';', item.end(1));
                String own = sentence.substring(item.start(1), next < 0 ? sentence.length() : next);
                Contributions.addOfKind(found, sentence, item.group(1), List.of(), ResourceKinds.resourceKind(own, 0, item.group(1).length()), ProposalRule.RULE_VERB, 0.75, known);
            }
        }
    }

    /**
     * "we introduce MiniCPM family, including MiniCPM-DPO, MiniCPM-MoE and MiniCPM-128K", "we developed the Skywork-Reward model
     * series -- Skywork-Reward-Gemma-27B and …", "we also propose PAPA variants (PAPA-all, and PAPA-2)": a family the authors
     * make, then its members by name.
     */
    private static final Pattern FAMILY_MADE = Pattern.compile(
            "(?i:\\bwe\\s+(?:also\\s+|further\\s+)?(?:introduc|present|releas|develop|propos|buil|open-sourc)\\w*\\s+(?:the\\s+|our\\s+)?)("
                    + NameShapes.NAME + ")\\s+(?i:(?:(?:language\\s+)?models?\\s+)?(?:family|series|variants))\\s*(?:,|--|—|\\(|:)?\\s*(?i:(?:including|such\\s+as|namely)\\s+)?");
    private static final Pattern FAMILY_MEMBER = Pattern.compile("\\G(?:\\s*(?:,|and|,\\s*and)\\s*)?(" + NameShapes.NAME + "(?:\\s\\d+(?:\\.\\d+)?[BM])?)");

    /** The family the authors make and each member named after it: theirs, however well the vocabulary knows the family. */
    static void familyMembersListed(List<Mention> found, String sentence) {
        Matcher family = FAMILY_MADE.matcher(Cues.containsAny(sentence, "family", "series", "variants") ? sentence : "");
        if (!family.find()) {
            return;
        }
        String name = family.group(1);
        // Members carry the family's name, or its first part: "MiniMax-Text-01" of the "MiniMax-01 series".
        String stem = name.split("[-\\s\\d]")[0];
        if (stem.length() < 2) {
            return;
        }
        List<MatchResult> members = new ArrayList<>();
        Matcher member = FAMILY_MEMBER.matcher(sentence).region(family.end(), sentence.length());
        while (member.find() && member.group(1).startsWith(stem) && !member.group(1).equals(name)) {
            members.add(member.toMatchResult());
        }
        if (members.isEmpty()) {
            return;
        }
        Contributions.add(found, sentence, name, List.of(), family.start(1), ProposalRule.RULE_VERB, 0.75, known -> false);
        members.forEach(m -> Contributions.add(found, sentence, m.group(1), List.of(), m.start(1), ProposalRule.RULE_VERB, 0.75, known -> false));
    }

    /** The short names of an enumeration of contributions right after the contribution verb and a colon. */
    static void contributionsEnumerated(List<Mention> found, String sentence, Predicate<String> known) {
        Matcher item = itemsAfterCue(ENUMERATION_AFTER_VERB, ENUMERATED_ITEM, sentence);
        while (item != null && item.find()) {
            if (ResourceKinds.RESOURCE_NOUN.matcher(item.group(1)).find() || Cues.RESOURCE_NAME_ENDING.matcher(item.group(1)).find()
                    || RESOURCE_APPOSITIVE.matcher(sentence).region(item.end(1), sentence.length()).lookingAt()) {
                Contributions.add(found, sentence, item.group(1), List.of(), item.start(1), ProposalRule.RULE_VERB, 0.7, known);
            } else {
                // "(1) Enhanced Perception: leveraging a large-scale dataset of …": an innovation, whatever data it uses.
                Contributions.addTask(found, sentence, item.group(1), known);
            }
        }
    }
    /** Words that make a counted list others' work or ablations: in the cue ("two strong baseline methods") or in the list ("the standard baseline"). */
    private static final String OTHERS_WORDS = "(?:baselines?|existing|prior|previous|classical|classic|standard|conventional|popular|common|ablated|ablations?|reference)";
    /** "we present two training-free methods:", "introduces three novel modules, namely": the authors count what they name next. */
    private static final Pattern COUNTED_KINDS = Pattern.compile(
            // "EoT integrates four unique communication paradigms: Memory, Report, Relay, and Debate", "SoT is instantiated with three
            // paradigms--A, B, and C--": in the authors' voice, what their method is made of, counted, is named the same way.
            "(?i:\\b(?:(?:propose|present|introduce|develop|design|devise|integrate|incorporate|combine|comprise|feature)[sd]?|(?:is|are)\\s+instantiated\\s+with|consists\\s+of)\\s+(two|three|four|five|a\\s+pair\\s+of)\\s+"
                    // Not "two strong baseline methods", "two prior techniques", "two ablated variants": others' work or ablations.
                    + "(?:(?!" + OTHERS_WORDS + "\\b)[\\w-]+\\s+){0,3}?"
                    + "(?:methods|techniques|algorithms|strategies|approaches|variants|mechanisms|modules|schemes|objectives|losses|frameworks"
                    + "|architectures|policies|regulari[sz]ers|estimators|operators|layers|paradigms|components|modes))\\s*(?::|--|—|,\\s*(?:namely\\s+)?)\\s*");
    /** An item of such a list: a name, after an article at most, then the end of the item or what it does. */
    private static final Pattern COUNTED_ITEM = Pattern.compile("(?:(?i:the|a|an)\\s+)?(" + NameShapes.NAME
            // Words joined by "of", "for" …, not "and": "and" is the list's.
            + "(?:[ -](?:(?:of|for|with|in|the|to|via|on)[ -])?" + NameShapes.NAME + "){0,4}"
            + ")(?=\\s*(?:[,;:(.]|--|—|$)|\\s+(?:which|that|to|for|by|with|where|whose|and)\\b)");
    /** Where the next item may start: after a comma or semicolon, or "and"; the list's last item comes after "and". */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,;]\\s*(and\\s+)?|\\s+(and)\\s+");

    private static final Pattern OTHERS_IN_LIST = Pattern.compile("(?i)\\b" + OTHERS_WORDS + "\\b");

    /**
     * "We present two training-free methods: LoRA Switch, which alternates …, and LoRA Composite, which …": the names of as
     * many items as the authors count, each a name, the last after "and" — or none, when the list does not read so.
     */
    static void countedKindsListed(List<Mention> found, String sentence, Predicate<String> known) {
        Matcher cue = COUNTED_KINDS.matcher(Cues.containsAny(sentence, "two ", "three ", "four ", "five ", "pair of ") ? sentence : "");
        if (!cue.find()) {
            return;
        }
        int count = switch (cue.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            default -> 2;
        };
        List<MatchResult> items = new ArrayList<>();
        Matcher item = COUNTED_ITEM.matcher(sentence).region(cue.end(), sentence.length());
        boolean closedByAnd = false;
        if (item.lookingAt() && isListedName(item.group(1))) {
            items.add(item.toMatchResult());
        }
        Matcher separator = ITEM_SEPARATOR.matcher(sentence);
        int from = items.isEmpty() ? sentence.length() : items.get(0).end();
        while (items.size() < count && separator.find(from)) {
            from = separator.end();
            item.region(separator.end(), sentence.length());
            boolean and = separator.group(1) != null || separator.group(2) != null;
            if (item.lookingAt() && isListedName(item.group(1))) {
                items.add(item.toMatchResult());
                closedByAnd = and;
                from = item.end();
            } else if (and) {
                // "…, and it adapts …": the list closed on something that is no name.
                break;
            }
        }
        // "Uniform Sampling, which is the standard baseline, …": a list that says an item is a baseline is not of the authors' own.
        String list = items.isEmpty() ? "" : sentence.substring(cue.end(), items.get(items.size() - 1).end());
        if (items.size() == count && closedByAnd && !OTHERS_IN_LIST.matcher(list).find()) {
            items.forEach(m -> Contributions.addOfKind(found, sentence, m.group(1), List.of(), null, ProposalRule.RULE_VERB, 0.75, known));
        }
    }

    private static boolean isListedName(String name) {
        String first = name.split("\\s")[0];
        // "Without Memory and Without Planner": ablations, not methods.
        return !NameShapes.isSentenceWord(first) && !first.equals("Without") && (NameShapes.isCoined(name) || NameShapes.isCapitalisedPhrase(name));
    }

    private static final Pattern NOVEL_KINDS_LISTED = Pattern.compile(
            "(?i:\\b(?:innovative|novel|new)\\s+(?:[\\w-]+\\s+)?(?:architectures|techniques|components|designs|modules|mechanisms|strategies),?\\s+(?:including|such as|namely)\\s+)"
                    + "([^.;]+)");
    private static final Pattern LISTED_NAME = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}\\p{N}-]*\\s+){0,4}\\p{Lu}[\\p{L}\\p{N}-]*)(?:\\s*\\((\\p{Lu}[\\p{L}\\p{N}-]*)\\))?");

    /**
     * "DeepSeek-V2 adopts innovative architectures including Multi-head Latent Attention (MLA) and DeepSeekMoE": new
     * designs listed and spelled out are the paper's, read in order until an item is no name.
     */
    static void novelKindsListed(List<Mention> found, String sentence) {
        Matcher listed = NOVEL_KINDS_LISTED.matcher(sentence);
        if (!listed.find()) {
            return;
        }
        for (String item : Cues.AND_LIST_SPLIT.split(listed.group(1))) {
            Matcher name = LISTED_NAME.matcher(item.strip());
            if (!name.matches() || !(NameShapes.isCapitalisedPhrase(name.group(1)) || NameShapes.isCoined(name.group(1)))) {
                break;
            }
            // Listed as techniques, architectures or modules, each is a method, whatever words stand near it ("Step Data Collection").
            // A single coined name, neither spelled out nor defined here ("… and DeepSeekMoE"), may be the authors' earlier work.
            if (name.group(2) != null && NameShapes.isCoined(name.group(2))) {
                Contributions.addOfKind(found, sentence, name.group(2), List.of(name.group(1)), null, ProposalRule.RULE_VERB, 0.75, n -> false);
            } else if (name.group(1).contains(" ")) {
                Contributions.addOfKind(found, sentence, name.group(1), List.of(), null, ProposalRule.RULE_VERB, 0.75, n -> false);
            }
        }
    }
}

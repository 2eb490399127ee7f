package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Saving Tokens: Budget-Aware Step Pruning for LLM Reasoning" with "This work presents a simple, effective Budget-Aware Step
 * Pruning method …": when no rule found what a paper contributes, a phrase of its title that the authors' proposal sentence
 * opens its object with, and calls a method, is the contribution's name. A last resort: it runs only for a paper where
 * nothing else is read as proposed or introduced.
 */
final class TitlePhraseRule {

    private TitlePhraseRule() {
    }

    static final String RULE = "title-phrase-proposed";

    /** "we propose", "this paper presents a novel, simple": the authors' proposal verb and the object after it. */
    private static final Pattern PROPOSAL_OBJECT = Pattern.compile(
            "(?i)\\b(?:we|this\\s+(?:paper|work)|our\\s+(?:paper|work))\\s+(?:\\w+\\s+){0,2}?"
                    + "(?<verb>propose|introduce|present|develop|design|pursue|devise|build)s?\\s+(?:an?\\s+|the\\s+)?"
                    + "(?:(?:novel|new|simple|intuitive|general|effective|efficient|unified|principled|lightweight|generic)\\s*,?\\s+)*"
                    + "(?<object>.{0,120})");
    /** A word of the title: a letter or digit first, so a dash set off by spaces ("ReMix - Reward Mixing") is none. */
    private static final Pattern TITLE_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}*'-]*");
    private static final Set<String> FUNCTION_WORDS = Set.of("for", "of", "and", "with", "in", "the", "to", "via", "on", "a", "an", "by",
            "from", "using", "through", "towards", "toward", "at", "is", "are", "as");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The title's phrase the authors propose, as the title writes it; empty when no sentence proposes one. */
    static Optional<Mention> apply(String title, List<String> sentences, Predicate<String> known) {
        List<Phrase> phrases = null;
        for (String sentence : sentences) {
            Matcher proposal = PROPOSAL_OBJECT.matcher(sentence);
            while (proposal.find()) {
                // Cut from the title only for a paper whose sentences propose something.
                phrases = phrases == null ? phrases(title) : phrases;
                String object = proposal.group("object");
                // "we propose Coder-Reviewer reranking." names a method; "we present future directions." does not.
                boolean proposes = PROPOSE.matcher(proposal.group("verb")).matches();
                Optional<String> named = phrases.stream().filter(phrase -> phrase.namesMethodIn(object, proposes)).map(Phrase::text).findFirst();
                if (named.isPresent()) {
                    return known.test(named.get()) ? Optional.empty()
                            : Optional.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, named.get(), List.of(), sentence, RULE, 0.5, null));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "This paper presents code as policies: …": whether a sentence's proposal object opens with the name, in any spelling
     * (letters and digits compared, case ignored).
     */
    static boolean proposedBy(String sentence, String name) {
        Matcher proposal = PROPOSAL_OBJECT.matcher(sentence);
        String key = Names.key(name);
        while (proposal.find()) {
            if (Names.key(proposal.group("object")).startsWith(key)) {
                return true;
            }
        }
        return false;
    }

    /** A phrase of the title as written, and how a sentence may write it: its words in any case, joined by any punctuation. */
    private record Phrase(String text, Pattern written) {

        static Phrase of(List<String> words) {
            String text = String.join(" ", words);
            String anyJoin = String.join("[^\\p{L}\\p{N}]+", java.util.Arrays.stream(NOT_LETTER_OR_DIGIT.split(text))
                    .filter(w -> !w.isEmpty()).map(Pattern::quote).toList());
            return new Phrase(text, Pattern.compile("(?i)" + anyJoin + "(?![\\p{L}\\p{N}])"));
        }

        /**
         * "a Budget-Aware Step Pruning method that …", "Coder Reviewer Reranking (CRR)", "we propose Coder-Reviewer reranking.":
         * the object opens with the phrase and says it names a method — a method noun, a definition or an appositive right after
         * it, or, after "propose" or "introduce", nothing more (the object is the phrase). Not "a survey of large
         * language models", "document visual question answering results", "spiking neural networks whose …".
         */
        boolean namesMethodIn(String object, boolean proposed) {
            Matcher opening = written.matcher(object);
            if (opening.lookingAt()) {
                return NAMED_AS_METHOD_AFTER.matcher(object).region(opening.end(), object.length()).lookingAt()
                        || proposed && OBJECT_ENDS.matcher(object).region(opening.end(), object.length()).lookingAt();
            }
            // "a novel algorithm, staged speculative decoding, to …": the method noun first, the phrase as its appositive.
            Matcher lead = METHOD_NOUN_LEAD.matcher(object);
            return lead.lookingAt() && opening.region(lead.end(), object.length()).lookingAt()
                    && APPOSITIVE_CLOSES.matcher(object).region(opening.end(), object.length()).lookingAt();
        }
    }

    /**
     * Phrases of two to seven words (or one hyphenated capitalised word) from the title's last part ("…: Coder Reviewer Reranking for …"), longest first: not
     * opening or closing on a function word nor closing on a participle, one word at least capitalised, none saying what
     * kind of paper it is ("Survey", "Study", "Analysis").
     */
    private static List<Phrase> phrases(String title) {
        List<String> words = new ArrayList<>();
        Matcher word = TITLE_WORD.matcher(TitleHeadRule.tail(title));
        while (word.find()) {
            words.add(word.group());
        }
        List<Phrase> phrases = new ArrayList<>();
        for (int from = 0; from < words.size(); from++) {
            // "Self-Backtracking", "Verifier-in-the-Loop": one hyphenated capitalised word is a phrase too.
            // Coined, not an ordinary compound ("Multi-Agent", "Fine-Tuning", "Real-World"): words joined by two hyphens or more, or a
            // "Self-" coinage ("Self-Refine", "Self-Backtracking"), not a modifier ("Self-Supervised").
            String first = words.get(from);
            boolean hyphenated = Character.isUpperCase(first.charAt(0)) && !NameShapes.isModifier(first.toLowerCase(Locale.ROOT))
                    && (first.chars().filter(c -> c == '-').count() >= 2 || first.startsWith("Self-"));
            for (int to = from + (hyphenated ? 1 : 2); to <= Math.min(words.size(), from + 7); to++) {
                List<String> phrase = words.subList(from, to);
                String last = phrase.get(phrase.size() - 1).toLowerCase(Locale.ROOT);
                // "… with Vector Quantized Models": a participle describes what follows it, it ends no name.
                if (FUNCTION_WORDS.contains(phrase.get(0).toLowerCase(Locale.ROOT)) || FUNCTION_WORDS.contains(last) || last.endsWith("ed")
                        || phrase.stream().noneMatch(w -> Character.isUpperCase(w.charAt(0)))
                        || phrase.stream().anyMatch(w -> KIND_OF_PAPER.matcher(w).matches())
                        // "Common Crawl Code Corpus": a resource, which this rule does not read.
                        || ResourceKinds.RESOURCE_NOUN.matcher(last).matches()) {
                    continue;
                }
                phrases.add(Phrase.of(phrase));
            }
        }
        phrases.sort(Comparator.comparingInt((Phrase phrase) -> phrase.text().length()).reversed());
        return phrases;
    }

    /** What a method is called after its name: the method nouns, and a few more a title phrase may be followed by. */
    private static final String METHOD_WORDS = ResourceKinds.METHOD_NOUNS + "|scheme|recipe|network|design";
    private static final Pattern NAMED_AS_METHOD_AFTER = Pattern.compile(
            "\\s*\\(|(?i)\\s*,\\s+(?:an?|which|that|dubbed|called|named)\\s|\\s+(?:" + METHOD_WORDS + ")s?\\b");
    private static final Pattern PROPOSE = Pattern.compile("(?i)propose|introduce");
    /** "we propose contrastive chain of thought." or "… to enhance reasoning": the object ends, or its purpose follows. */
    private static final Pattern OBJECT_ENDS = Pattern.compile("\\s*[.;]|\\s+to\\s+(?!be\\b)\\p{Ll}{3,}");
    private static final Pattern METHOD_NOUN_LEAD = Pattern.compile(
            "(?i)(?:[\\w-]+\\s+){0,2}?(?:" + METHOD_WORDS + ")\\s*,\\s+");
    private static final Pattern APPOSITIVE_CLOSES = Pattern.compile("\\s*[,(.;]");
    /** "A Survey of …", "An Empirical Study of …", "A Closer Look at …": a title that names what kind of paper it is. */
    private static final Pattern KIND_OF_PAPER = Pattern.compile("(?i)\\b(?:survey|study|analysis|review|overview|look|investigation|comparison|evaluation|theory"
            // "…: Challenges and Future Directions", "Practical Recommendations", "Controlled Experiments": what a paper offers, no method.
            + "|directions|recommendations|experiments|lessons|insights|guidelines|challenges|perspectives|practices|findings)\\b");
}

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
 * "Coder Reviewer Reranking for Code Generation" with "we propose coder-reviewer reranking, which …": when no rule found
 * what a paper contributes, a phrase of its title that the authors' proposal sentence opens its object with is the
 * contribution's name. A last resort: measured right about three times in five on annotated lists, it runs only for a paper
 * where nothing else is read as proposed or introduced.
 */
final class TitlePhraseRule {

    private TitlePhraseRule() {
    }

    static final String RULE = "title-phrase-proposed";

    /** "we propose", "this paper presents a novel, simple": the authors' proposal verb, the object after it (group 1). */
    private static final Pattern PROPOSAL_OBJECT = Pattern.compile(
            "(?i)\\b(?:we|this\\s+(?:paper|work)|our\\s+(?:paper|work))\\s+(?:\\w+\\s+){0,2}?"
                    + "(?:propose|introduce|present|develop|design|pursue|devise|build)s?\\s+(?:an?\\s+|the\\s+)?"
                    + "(?:(?:novel|new|simple|intuitive|general|effective|efficient|unified|principled|lightweight|generic)\\s*,?\\s+)*"
                    + "(.{0,120})");
    private static final Pattern TITLE_WORD = Pattern.compile("[\\p{L}\\p{N}*'-]+");
    private static final Set<String> FUNCTION_WORDS = Set.of("for", "of", "and", "with", "in", "the", "to", "via", "on", "a", "an", "by",
            "from", "using", "through", "towards", "toward", "at", "is", "are", "as");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The title's phrase the authors propose, as the title writes it; empty when no sentence proposes one. */
    static Optional<Mention> apply(String title, List<String> sentences, Predicate<String> known) {
        List<String> phrases = phrases(title);
        for (String sentence : sentences) {
            Matcher proposal = PROPOSAL_OBJECT.matcher(sentence);
            while (proposal.find()) {
                String object = key(proposal.group(1));
                Optional<String> named = phrases.stream()
                        .filter(phrase -> object.equals(key(phrase)) || object.startsWith(key(phrase) + " "))
                        .findFirst();
                if (named.isPresent()) {
                    return known.test(named.get()) ? Optional.empty()
                            : Optional.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, named.get(), List.of(), sentence, RULE, 0.5, null));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Phrases of two to seven words from the title's last part ("…: Coder Reviewer Reranking for …"), longest first: not
     * opening or closing on a function word nor closing on a participle, one word at least capitalised.
     */
    private static List<String> phrases(String title) {
        String[] parts = title.split(":");
        List<String> words = new ArrayList<>();
        Matcher word = TITLE_WORD.matcher(parts[parts.length - 1]);
        while (word.find()) {
            words.add(word.group());
        }
        List<String> phrases = new ArrayList<>();
        for (int from = 0; from < words.size(); from++) {
            for (int to = from + 2; to <= Math.min(words.size(), from + 7); to++) {
                List<String> phrase = words.subList(from, to);
                String last = phrase.get(phrase.size() - 1).toLowerCase(Locale.ROOT);
                // "… with Vector Quantized Models": a participle describes what follows it, it ends no name.
                if (FUNCTION_WORDS.contains(phrase.get(0).toLowerCase(Locale.ROOT)) || FUNCTION_WORDS.contains(last) || last.endsWith("ed")
                        || phrase.stream().noneMatch(w -> Character.isUpperCase(w.charAt(0)))) {
                    continue;
                }
                phrases.add(String.join(" ", phrase));
            }
        }
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        return phrases;
    }

    /** Lower case, every run of other characters one space: "Coder-Reviewer reranking" and "Coder Reviewer Reranking" agree. */
    private static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}

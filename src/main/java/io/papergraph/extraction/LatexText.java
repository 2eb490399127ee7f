package io.papergraph.extraction;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An abstract as the rules read it: LaTeX that marks names read plain, so a rule sees "DEPS" where the abstract wrote
 * "$\\textbf{DEPS}$". Values are left as written; {@link ResultRule} reads LaTeX around numbers itself.
 */
final class LatexText {

    private LatexText() {
    }

    /** "AIME~24", "Fig.~3": LaTeX's unbreakable space is a space — not "3~5%", a range between two numbers. */
    private static final Pattern UNBREAKABLE_SPACE = Pattern.compile("(?<=[\\p{L}.])~(?=[\\p{L}\\p{N}(])|(?<=\\p{N})~(?=[\\p{L}(])");
    /** "three LLMs--Llama-2, MPT, and OpenLLaMA--across …": a LaTeX dash written against the words would glue them into one token. */
    private static final Pattern ATTACHED_DASH = Pattern.compile("(?<=[\\p{L}\\p{N}])--(?=[\\p{L}\\p{N}])");
    /** A capitalised name in a LaTeX text or math font, the name in group 1. */
    private static final String LATEX_FONT_NAME = "\\\\(?:textbf|textit|texttt|textsc|textsf|textrm|emph|mathbf|mathtt|mathrm|mathsf)\\{(\\p{Lu}[^{}$\\\\]*)}";
    /**
     * "we propose {\\sc FedDecorr}, a novel method", "\\texttt{FedSAM}": a name set in a LaTeX font is read as the name.
     * Only capitalised names: a lower-case term in italics is how authors mark a term they coin, and rules read that mark.
     */
    private static final Pattern NAME_IN_LATEX_FONT = Pattern.compile(
            // "($\\textbf{DEPS}$)": the font set in math mode, the dollars go with it.
            "\\$" + LATEX_FONT_NAME + "\\$|" + LATEX_FONT_NAME
                    + "|\\{\\\\(?:sc|bf|it|tt|em|sf|rm)\\s+(\\p{Lu}[^{}$\\\\]*)}"
                    // "$\\underline{D}$escribe, $\\underline{E}$xplain": a letter marked inside a word is that word's letter.
                    + "|\\$\\\\underline\\{(\\p{L})}\\$(?=\\p{L})");
    /** "the Atari $100$k benchmark": a count in math mode with its unit written on is part of a name ("Atari 100k"). */
    private static final Pattern LATEX_COUNT = Pattern.compile("\\$(\\d+)\\$(?=[kKMB]\\b)");
    /**
     * "Mixtral-8$\\times$7B", "Mixtral $8\\times7$B-Instruct": a product of two counts in math mode, as a model's size writes
     * it, reads "8x7" — as "Mixtral-8x7B" is written without LaTeX. Not "2.8$\\times$ faster", a factor ResultRule reads.
     */
    private static final Pattern LATEX_PRODUCT = Pattern.compile("(\\d)\\s*\\$\\\\times\\$\\s*(\\d)|\\$(\\d+)\\s*\\\\times\\s*(\\d+)\\$");
    /** "We call this algorithm LoRA$+$", "DPO$^{++}$": a plus sign in math mode written on a name is part of the name. */
    private static final Pattern LATEX_PLUS = Pattern.compile("(?<=[\\p{L}\\p{N}])\\$(?:\\^\\{?)?(\\+{1,2})(?:})?\\$");
    /** "We introduce ``Successive Prompting'', where …": LaTeX's quotation marks, read as the quotes rules look for. */
    private static final Pattern LATEX_QUOTES = Pattern.compile("``([^`'\"]{1,80})''");

    static String readable(String abstractText) {
        // Each pattern is tried only on text holding the character it cannot match without: most abstracts hold no LaTeX,
        // and a pattern that opens with a lookbehind is otherwise tried at every position of the abstract.
        String spaced = abstractText.indexOf('~') < 0 ? abstractText : UNBREAKABLE_SPACE.matcher(abstractText).replaceAll(" ");
        String spacedDashes = !spaced.contains("--") ? spaced : ATTACHED_DASH.matcher(spaced).replaceAll(" -- ");
        String plainCounts = spacedDashes.indexOf('$') < 0 ? spacedDashes
                : LATEX_PLUS.matcher(LATEX_COUNT.matcher(LATEX_PRODUCT.matcher(spacedDashes).replaceAll(LatexText::product)).replaceAll("$1")).replaceAll("$1");
        String plainFonts = plainCounts.indexOf('\\') < 0 ? plainCounts : NAME_IN_LATEX_FONT.matcher(plainCounts)
                .replaceAll(m -> Matcher.quoteReplacement(firstGroup(m)));
        // Quotes after fonts: "``$\\underline{D}$escribe …''" holds LaTeX the quote pattern does not take.
        return !plainFonts.contains("``") ? plainFonts : LATEX_QUOTES.matcher(plainFonts).replaceAll("“$1”");
    }

    private static String product(MatchResult m) {
        return m.group(1) != null ? m.group(1) + "x" + m.group(2) : m.group(3) + "x" + m.group(4);
    }

    /** The first group of the match that took part in it: the alternatives of a pattern each capture their own. */
    private static String firstGroup(MatchResult m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }
}

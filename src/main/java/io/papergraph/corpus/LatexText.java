package io.papergraph.corpus;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;

/**
 * Best-effort plain Unicode for the LaTeX found in BibTeX fields: accent commands ({@code {\"o}},
 * {@code \'e}, {@code \c{c}}) become accented letters, special letters ({@code \ss}, {@code \o}) and a few
 * Greek letters their characters, escapes ({@code \&}) the character, {@code ~} a space, {@code --} and
 * {@code ---} dashes; braces, {@code $} and formatting commands ({@code \emph}) are dropped and unknown
 * commands keep their name ({@code \LaTeX} → LaTeX). One pass, no recursion, so any nesting depth is safe.
 */
final class LatexText {

    private static final Map<Character, Character> SYMBOL_ACCENTS = Map.of(
            '"', '\u0308', '\'', '\u0301', '`', '\u0300', '^', '\u0302', '~', '\u0303', '=', '\u0304', '.', '\u0307');
    private static final Map<String, Character> LETTER_ACCENTS = Map.of(
            "c", '\u0327', "u", '\u0306', "v", '\u030C', "H", '\u030B', "k", '\u0328', "r", '\u030A',
            "d", '\u0323', "b", '\u0331', "t", '\u0361');
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
            Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("l", "ł"),
            Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("dh", "ð"), Map.entry("th", "þ"));
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("theta", "θ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("phi", "φ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Delta", "Δ"),
            Map.entry("Omega", "Ω"), Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("textendash", "–"),
            Map.entry("textemdash", "—"), Map.entry("times", "×"), Map.entry("infty", "∞"));
    private static final Set<String> FORMATTING = Set.of(
            "emph", "textbf", "textit", "texttt", "textsc", "textrm", "textsf", "textup", "textsl", "mathrm", "mathbf",
            "mathit", "mathsf", "mathtt", "mathcal", "mathbb", "boldsymbol", "text", "mbox", "url", "em", "bf", "it",
            "tt", "sc", "rm", "sf", "relax", "protect");

    private LatexText() {
    }

    static String toUnicode(String latex) {
        StringBuilder out = new StringBuilder(latex.length());
        int n = latex.length();
        int i = 0;
        while (i < n) {
            char c = latex.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i = command(latex, i + 1, out);
            } else if (c == '{' || c == '}' || c == '$' || c == '\\') {
                i++;
            } else if (c == '~') {
                out.append(' ');
                i++;
            } else if (c == '-' && latex.startsWith("---", i)) {
                out.append('—');
                i += 3;
            } else if (c == '-' && latex.startsWith("--", i)) {
                out.append('–');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Appends what the command at {@code start} (just after its backslash) stands for; returns where reading goes on. */
    private static int command(String latex, int start, StringBuilder out) {
        char d = latex.charAt(start);
        Character mark = SYMBOL_ACCENTS.get(d);
        if (mark != null) {
            return accent(latex, start + 1, mark, out);
        }
        if (!Character.isLetter(d) || d > 'z') {
            out.append(d == '\\' || Character.isWhitespace(d) ? ' ' : d);
            return start + 1;
        }
        int end = start;
        while (end < latex.length() && isAsciiLetter(latex.charAt(end))) {
            end++;
        }
        String name = latex.substring(start, end);
        Character letterMark = LETTER_ACCENTS.get(name);
        if (letterMark != null) {
            return accent(latex, skipSpaces(latex, end), letterMark, out);
        }
        String letter = LETTERS.get(name);
        if (letter != null) {
            out.append(letter);
            return skipSpaces(latex, end);
        }
        String symbol = SYMBOLS.get(name);
        if (symbol != null) {
            out.append(symbol);
        } else if (!FORMATTING.contains(name)) {
            out.append(name);
        }
        return end;
    }

    /** The accented letter: the argument ({@code o}, {@code {o}}, {@code {\i}}) followed by the combining mark. */
    private static int accent(String latex, int start, char mark, StringBuilder out) {
        int n = latex.length();
        String base;
        int next;
        if (start < n && latex.charAt(start) == '{') {
            int close = latex.indexOf('}', start);
            if (close < 0 || close - start > 8) {
                return start;
            }
            base = latex.substring(start + 1, close).replace("\\i", "i").replace("\\j", "j").replaceAll("[\\\\{}\\s]", "");
            next = close + 1;
        } else if (start < n && latex.charAt(start) == '\\' && start + 1 < n && "ij".indexOf(latex.charAt(start + 1)) >= 0
                && (start + 2 >= n || !isAsciiLetter(latex.charAt(start + 2)))) {
            base = String.valueOf(latex.charAt(start + 1));
            next = start + 2;
        } else if (start < n && Character.isLetter(latex.charAt(start))) {
            base = String.valueOf(latex.charAt(start));
            next = start + 1;
        } else {
            return start;
        }
        if (!base.isEmpty()) {
            out.append(base.charAt(0)).append(mark).append(base, 1, base.length());
        }
        return next;
    }

    private static int skipSpaces(String latex, int i) {
        while (i < latex.length() && latex.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

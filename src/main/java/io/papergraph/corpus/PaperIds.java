package io.papergraph.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable, stable slugs for papers and entities: the same name always gives the same id. */
public final class PaperIds {

    static final int MAX_SLUG_LENGTH = 72;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9.]+");
    private static final Pattern LOOSE_DOT = Pattern.compile("\\.(?![0-9])|(?<![0-9])\\.");
    private static final Pattern HYPHENS = Pattern.compile("-{2,}");
    private static final Pattern EDGE_HYPHEN = Pattern.compile("^-|-$");

    private PaperIds() {
    }

    /**
     * Lower-case ASCII words joined by hyphens, cut at a word boundary; a name with no ASCII letters or
     * digits (say, a title in Greek) gets a hash-based id instead.
     */
    public static String slug(String name) {
        // Precompiled: String.replaceAll compiles its pattern on every call, and entity resolution slugs every name.
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace("*", "-star")
                .replace("+", "-plus")
                .replace("&", "-and-");
        slug = NOT_SLUG.matcher(slug).replaceAll("-");
        slug = LOOSE_DOT.matcher(slug).replaceAll("-");
        slug = HYPHENS.matcher(slug).replaceAll("-");
        slug = EDGE_HYPHEN.matcher(slug).replaceAll("");
        if (slug.isEmpty()) {
            return "h-" + shortHash(name);
        }
        if (slug.length() > MAX_SLUG_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
            slug = slug.substring(0, cut > MAX_SLUG_LENGTH / 2 ? cut : MAX_SLUG_LENGTH);
        }
        return slug;
    }

    /** Eight hex digits of SHA-256: enough to tell apart names whose slugs collide. */
    public static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

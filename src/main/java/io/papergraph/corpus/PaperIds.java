package io.papergraph.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Readable, stable slugs for papers and entities: the same name always gives the same id. */
public final class PaperIds {

    static final int MAX_SLUG_LENGTH = 72;

    private PaperIds() {
    }

    /**
     * Lower-case ASCII words joined by hyphens, cut at a word boundary; a name with no ASCII letters or
     * digits (say, a title in Greek) gets a hash-based id instead.
     */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace("*", "-star")
                .replace("+", "-plus")
                .replace("&", "-and-")
                .replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("\\.(?![0-9])|(?<![0-9])\\.", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
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

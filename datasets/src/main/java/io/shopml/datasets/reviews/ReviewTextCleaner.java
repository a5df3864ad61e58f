package io.shopml.datasets.reviews;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns review text as scraped from a web page into plain text, the same way for training and
 * serving: HTML tags become spaces ({@code <br />} separates sentences in the Amazon data), the
 * common character entities are decoded, and every run of whitespace becomes one space.
 *
 * <pre>{@code
 * ReviewTextCleaner.clean("Great!<br /><br />Would buy &amp; again")  // "Great! Would buy & again"
 * }</pre>
 */
public final class ReviewTextCleaner {

    private static final Pattern TAG = Pattern.compile("<[^<>]{0,200}>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    private ReviewTextCleaner() {
    }

    /** The cleaned text; empty when nothing but markup and whitespace was there. */
    public static String clean(String raw) {
        String withoutTags = TAG.matcher(raw).replaceAll(" ");
        Matcher entity = ENTITY.matcher(withoutTags);
        StringBuilder decoded = new StringBuilder(withoutTags.length());
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(decode(entity.group(1), entity.group())));
        }
        entity.appendTail(decoded);
        return WHITESPACE.matcher(decoded).replaceAll(" ").strip();
    }

    private static String decode(String body, String original) {
        if (body.startsWith("#")) {
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            int codePoint = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : original;
        }
        return NAMED.getOrDefault(body.toLowerCase(java.util.Locale.ROOT), original);
    }
}

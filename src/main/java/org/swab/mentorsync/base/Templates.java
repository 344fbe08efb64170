package org.swab.mentorsync.base;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} placeholders from a map; unknown placeholders stay as written, so typos show. */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_.]+)}");

    private Templates() {}

    public static String render(String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            value != null ? value : values.containsKey(matcher.group(1)) ? "" : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

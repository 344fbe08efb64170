package org.swab.mentorsync.communication;

/**
 * How many SMS segments a message takes. GSM-7 when every character is in the GSM 03.38 basic set or its extension
 * table (an extension character such as {@code €} or {@code [} takes two septets): 160 septets in one segment, 153
 * per segment when split. Any other character (an emoji, a curly quote) makes the whole message UCS-2: 70 UTF-16
 * code units in one segment, 67 when split. An escape pair or a surrogate pair is never cut across segments.
 */
public record SmsSegments(Encoding encoding, int units, int segments) {

    /** The GSM 03.38 basic character set (without the escape to the extension table). */
    static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table: each takes an escape and the character, two septets. */
    static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public enum Encoding {
        GSM_7("GSM-7", 160, 153),
        UCS_2("UCS-2 (an emoji or special character)", 70, 67);

        private final String label;
        private final int single;
        private final int perPart;

        Encoding(String label, int single, int perPart) {
            this.label = label;
            this.single = single;
            this.perPart = perPart;
        }

        /** How the admin reads it, e.g. "UCS-2 (an emoji or special character)". */
        public String label() {
            return label;
        }

        /** The units one unsplit message may hold. */
        public int single() {
            return single;
        }

        /** The units each part of a split message holds. */
        public int perPart() {
            return perPart;
        }
    }

    public static SmsSegments of(String message) {
        String text = message == null ? "" : message;
        boolean gsm = text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
        Encoding encoding = gsm ? Encoding.GSM_7 : Encoding.UCS_2;
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = unitsAt(text, i, encoding);
            units += size;
            if (!gsm && size == 2) {
                i++;
            }
        }
        if (units == 0) {
            return new SmsSegments(encoding, 0, 0);
        }
        if (units <= encoding.single()) {
            return new SmsSegments(encoding, units, 1);
        }
        // filled part by part, so a two-unit character that does not fit opens the next part
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = unitsAt(text, i, encoding);
            if (!gsm && size == 2) {
                i++;
            }
            if (used + size > encoding.perPart()) {
                segments++;
                used = 0;
            }
            used += size;
        }
        return new SmsSegments(encoding, units, segments);
    }

    /** Septets (GSM-7) or UTF-16 code units (UCS-2) of the character starting at {@code i}. */
    private static int unitsAt(String text, int i, Encoding encoding) {
        char c = text.charAt(i);
        if (encoding == Encoding.GSM_7) {
            return GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1;
        }
        return Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                ? 2
                : 1;
    }

    /** E.g. "132 characters · 1 segment · GSM-7". */
    public String describe() {
        return units + (encoding == Encoding.GSM_7 ? " characters" : " UTF-16 units") + " · " + segments
                + (segments == 1 ? " segment" : " segments") + " · " + encoding.label();
    }
}

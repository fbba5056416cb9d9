package dev.chanscope.lang.syntax;

import java.util.List;

/**
 * Re-indenting the lines of a {@code /*}-style comment, as go/printer does: the common prefix of its
 * inner lines is removed (keeping a vertical line of stars aligned) so the printer can indent the
 * comment anew.
 */
final class BlockComments {

    private BlockComments() {}

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }

    /** The common prefix of a and b made of whitespace and '*'. */
    static String commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length()
                && i < b.length()
                && a.charAt(i) == b.charAt(i)
                && (a.charAt(i) <= ' ' || a.charAt(i) == '*')) {
            i++;
        }
        return a.substring(0, i);
    }

    /** Removes trailing Unicode whitespace. */
    static String trimRight(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    /** unicode.IsSpace. */
    static boolean isSpace(int c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> c > 0xFF && Character.isSpaceChar(c) && c != 0x200B;
        };
    }

    static void stripCommonPrefix(List<String> lines) {
        int n = lines.size();
        if (n <= 1) {
            return;
        }
        String prefix = "";
        boolean prefixSet = false;
        if (n > 2) {
            for (int i = 1; i < n - 1; i++) {
                String line = lines.get(i);
                if (isBlank(line)) {
                    lines.set(i, "");
                } else {
                    if (!prefixSet) {
                        prefix = line;
                        prefixSet = true;
                    }
                    prefix = commonPrefix(prefix, line);
                }
            }
        }
        if (!prefixSet) {
            String line = lines.get(n - 1);
            prefix = commonPrefix(line, line);
        }
        boolean lineOfStars = false;
        int star = prefix.indexOf('*');
        if (star >= 0) {
            prefix = prefix.substring(0, star);
            if (prefix.endsWith(" ")) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
            lineOfStars = true;
        } else {
            String first = lines.get(0);
            if (isBlank(first.substring(2))) {
                int i = prefix.length();
                for (int k = 0; k < 3 && i > 0 && prefix.charAt(i - 1) == ' '; k++) {
                    i--;
                }
                if (i == prefix.length() && i > 0 && prefix.charAt(i - 1) == '\t') {
                    i--;
                }
                prefix = prefix.substring(0, i);
            } else {
                int k = 2;
                while (k < first.length() && first.charAt(k) <= ' ') {
                    k++;
                }
                String suffix;
                if (k > 2 && first.charAt(2) == '\t') {
                    suffix = first.substring(2, k);
                } else {
                    suffix = "  " + first.substring(2, k);
                }
                if (prefix.endsWith(suffix)) {
                    prefix = prefix.substring(0, prefix.length() - suffix.length());
                }
            }
        }
        String last = lines.get(n - 1);
        String closing = "*/";
        int at = last.indexOf(closing);
        String before = at >= 0 ? last.substring(0, at) : last;
        if (isBlank(before)) {
            if (lineOfStars) {
                closing = " */";
            }
            lines.set(n - 1, prefix + closing);
        } else {
            prefix = commonPrefix(prefix, last);
        }
        for (int i = 1; i < n; i++) {
            String line = lines.get(i);
            if (!line.isEmpty()) {
                lines.set(i, line.substring(prefix.length()));
            }
        }
    }
}

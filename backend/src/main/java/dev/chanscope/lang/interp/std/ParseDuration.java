package dev.chanscope.lang.interp.std;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** time.ParseDuration: "300ms", "-1.5h", "2h45m"; errors worded as Go's. */
final class ParseDuration {

    private ParseDuration() {}

    /** (Duration, error) as a tuple. */
    static Object[] parse(String orig) {
        String s = orig;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Args.tuple(0L, null);
        }
        if (s.isEmpty()) {
            return invalid(orig);
        }
        BigDecimal total = BigDecimal.ZERO;
        while (!s.isEmpty()) {
            int i = 0;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String num = s.substring(0, i);
            if (num.isEmpty() || num.equals(".") || num.indexOf('.') != num.lastIndexOf('.')) {
                return invalid(orig);
            }
            s = s.substring(i);
            int j = 0;
            while (j < s.length() && s.charAt(j) != '.' && !Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j == 0) {
                return error("time: missing unit in duration " + TimeValues.quote(orig));
            }
            String unit = s.substring(0, j);
            s = s.substring(j);
            long scale = switch (unit) {
                case "ns" -> 1L;
                case "us", "\u00c2\u00b5s", "\u00ce\u00bcs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "h" -> 3_600_000_000_000L;
                default -> -1L;
            };
            if (scale < 0) {
                return error("time: unknown unit " + TimeValues.quote(unit) + " in duration " + TimeValues.quote(orig));
            }
            String n = num.startsWith(".") ? "0" + num : num.endsWith(".") ? num + "0" : num;
            total = total.add(new BigDecimal(n).multiply(BigDecimal.valueOf(scale)));
        }
        BigDecimal whole = total.setScale(0, RoundingMode.DOWN);
        if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return invalid(orig);
        }
        long v = whole.longValue();
        return Args.tuple(neg ? -v : v, null);
    }

    private static Object[] invalid(String orig) {
        return error("time: invalid duration " + TimeValues.quote(orig));
    }

    private static Object[] error(String message) {
        return Args.tuple(0L, ErrorsLib.newError(message));
    }
}

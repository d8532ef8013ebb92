package tr.bel.izmir.bizizmir.neighbourhood;

import tr.bel.izmir.bizizmir.shared.DomainException;

/**
 * The Turkish national ID number (T.C. Kimlik No): 11 digits, the first not 0, and two
 * check digits. With d1..d11: d10 = ((d1+d3+d5+d7+d9)·7 − (d2+d4+d6+d8)) mod 10 and
 * d11 = (d1+…+d10) mod 10. The number itself is never stored; see {@link IdHasher}.
 */
public final class TcKimlikNo {

    private TcKimlikNo() {
    }

    public enum Problem { EMPTY, NOT_ELEVEN_DIGITS, LEADING_ZERO, CHECKSUM }

    /** @return the problem, or null when the number is valid */
    public static Problem check(String input) {
        if (input == null || input.isBlank()) {
            return Problem.EMPTY;
        }
        String s = input.strip();
        if (s.length() != 11 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Problem.NOT_ELEVEN_DIGITS;
        }
        if (s.charAt(0) == '0') {
            return Problem.LEADING_ZERO;
        }
        int[] d = s.chars().map(c -> c - '0').toArray();
        int odd = d[0] + d[2] + d[4] + d[6] + d[8];
        int even = d[1] + d[3] + d[5] + d[7];
        int tenth = Math.floorMod(odd * 7 - even, 10);
        int eleventh = 0;
        for (int i = 0; i < 10; i++) {
            eleventh += d[i];
        }
        if (d[9] != tenth || d[10] != eleventh % 10) {
            return Problem.CHECKSUM;
        }
        return null;
    }

    public static boolean isValid(String input) {
        return check(input) == null;
    }

    /** Validates and returns the normalised number, or throws a translated error. */
    public static String require(String input) {
        Problem problem = check(input);
        if (problem != null) {
            throw new DomainException("resident.error.tckn." + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return input.strip();
    }

    /** Completes nine leading digits into a valid number (demo data and tests). */
    public static String complete(String firstNine) {
        if (firstNine.length() != 9 || firstNine.charAt(0) == '0' || !firstNine.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("nine digits, not starting with 0");
        }
        int[] d = firstNine.chars().map(c -> c - '0').toArray();
        int tenth = Math.floorMod((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7]), 10);
        int sum = tenth;
        for (int v : d) {
            sum += v;
        }
        return firstNine + tenth + (sum % 10);
    }
}

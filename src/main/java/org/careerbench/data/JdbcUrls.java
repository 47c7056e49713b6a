package org.careerbench.data;

import java.util.Locale;

/** JDBC URLs as they may be shown: without a user, password or other parameter a secret may hide in. */
final class JdbcUrls {
    private JdbcUrls() {
    }

    /** {@code url} without its parameters ({@code ?…}) and without credentials before an {@code @}. */
    static String withoutSecrets(String url) {
        String shown = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        int scheme = shown.indexOf("//");
        int at = shown.lastIndexOf('@');
        if (scheme >= 0 && at > scheme) {
            shown = shown.substring(0, scheme + 2) + shown.substring(at + 1);
        }
        return shown;
    }

    /** Whether {@code url} carries a user or password (as a parameter, or as {@code user:password@host}). */
    static boolean holdsSecret(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int scheme = lower.indexOf("//");
        int path = scheme < 0 ? -1 : lower.indexOf('/', scheme + 2);
        String authority = scheme < 0 ? "" : lower.substring(scheme + 2, path < 0 ? lower.length() : path);
        return lower.matches(".*[?&;](password|user|sslpassword)=.*") || authority.contains("@");
    }
}

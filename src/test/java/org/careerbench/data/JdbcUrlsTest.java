package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
    @Test
    void aUrlIsShownWithoutItsParametersOrCredentials() {
        assertEquals("jdbc:postgresql://db:5432/hr", JdbcUrls.withoutSecrets("jdbc:postgresql://db:5432/hr?password=s3cret"));
        assertEquals("jdbc:postgresql://db/hr", JdbcUrls.withoutSecrets("jdbc:postgresql://hr:s3cret@db/hr"));
        assertEquals("jdbc:postgresql://db/hr", JdbcUrls.withoutSecrets("jdbc:postgresql://db/hr"));
    }

    @Test
    void aUserOrPasswordInTheUrlIsFoundWhereverItIs() {
        assertTrue(JdbcUrls.holdsSecret("jdbc:postgresql://db/hr?ssl=true&Password=x"));
        assertTrue(JdbcUrls.holdsSecret("jdbc:postgresql://db/hr?user=hr"));
        assertTrue(JdbcUrls.holdsSecret("jdbc:postgresql://hr:x@db/hr"));
        assertFalse(JdbcUrls.holdsSecret("jdbc:postgresql://db:5432/hr?ssl=true&ApplicationName=cb"));
        assertFalse(JdbcUrls.holdsSecret("jdbc:postgresql://db/mail@archive"), "an @ in the path is no credential");
    }
}

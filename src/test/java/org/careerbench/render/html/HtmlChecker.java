package org.careerbench.render.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the validator behind validator.w3.org/nu), run in the test's JVM, offline. */
final class HtmlChecker {
    private HtmlChecker() {
    }

    /** Every error the checker reports on {@code page}, as "line:column: message"; warnings are left out. */
    static synchronized List<String> errors(Path page) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        validator.setAllowCss(true);
        validator.checkHtmlFile(page.toFile(), true);
        return errors;
    }
}

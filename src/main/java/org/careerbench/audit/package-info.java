/**
 * The disclosure audit: reads every file a period published — each workbook recalculated, each PDF
 * and page as text — and checks that no withheld figure, no salary behind a withheld figure and no
 * figure of another burst group can be found in it, and that no withheld mean follows from the
 * published ones. {@code careerbench audit} runs it for an operator; the tests run the same code
 * over every shipped template.
 */
package org.careerbench.audit;

/**
 * Stage 6: delivery. After a period is published, each report configured in
 * {@code delivery.yaml} (beside the templates) is e-mailed over SMTP to its recipients, the
 * file attached or linked, subject and body made from the report's key figures; a failed run
 * sends a notice to the operations address. What was sent to whom, and when, is appended to
 * {@code delivery.log} in the period's folder, so a retry sends only what is missing.
 *
 * <pre>{@code
 * Optional<DeliverySettings> settings = DeliverySettingsLoader.load(Path.of("templates"), problems);
 * DeliveryReport sent = new Deliverer(settings.get(), new SmtpPostbox(settings.get().smtp(), System::getenv), clock)
 *         .deliver(period, periodFolder, deliverables);
 * }</pre>
 *
 * <p>Delivery never changes a published period's deliverables: it reads them and appends to
 * its log. It knows nothing of runs, templates or renderers; the run hands it what it published.
 */
package org.careerbench.delivery;


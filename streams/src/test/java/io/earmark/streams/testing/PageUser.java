package io.earmark.streams.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A person at a page in a {@link HeadlessChromium}: clicks, types and chooses as they would (each after the element
 * has appeared, with the DOM events the page listens to), and waits — Awaitility, never a sleep — for what the page
 * should come to show. Selectors and values are passed to the page as JSON strings, so any text is safe in them.
 */
public final class PageUser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HeadlessChromium page;
    private final Duration patience;

    public PageUser(HeadlessChromium page, Duration patience) {
        this.page = page;
        this.patience = patience;
    }

    public void click(String selector) {
        awaitPresent(selector);
        page.eval("document.querySelector(" + quoted(selector) + ").click(); 'ok'");
    }

    /** Types {@code value} into a field (an input event follows, as after typing). */
    public void fill(String selector, String value) {
        set(selector, value, "input");
    }

    /** Picks {@code value} in a select (a change event follows). */
    public void choose(String selector, String value) {
        set(selector, value, "change");
    }

    /** Submits a form as pressing Enter in it would. */
    public void submit(String formSelector) {
        awaitPresent(formSelector);
        page.eval("document.querySelector(" + quoted(formSelector) + ").requestSubmit(); 'ok'");
    }

    public boolean present(String selector) {
        return page.eval("document.querySelector(" + quoted(selector) + ") ? 'yes' : ''").equals("yes");
    }

    public void awaitPresent(String selector) {
        awaitUntil(selector, () -> present(selector));
    }

    public void awaitText(String selector, String contained) {
        awaitUntil(selector + " showing " + contained, () -> page.text(selector).contains(contained));
    }

    public void awaitEval(String expression, String expected) {
        awaitUntil(expression + " = " + expected, () -> page.eval(expression).equals(expected));
    }

    /** A JavaScript expression whose value is a JSON array, read as strings. */
    public List<String> strings(String expression) {
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode n : JSON.readTree(page.eval(expression))) {
                out.add(n.asText());
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(expression + " is not a JSON array", e);
        }
    }

    /** {@code text} as a JavaScript (and CSS) string literal. */
    public static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void set(String selector, String value, String event) {
        awaitPresent(selector);
        page.eval("(() => { const e = document.querySelector(" + quoted(selector) + "); e.value = " + quoted(value)
                + "; e.dispatchEvent(new Event('" + event + "', {bubbles: true})); return 'ok'; })()");
    }

    private void awaitUntil(String what, Callable<Boolean> condition) {
        await(what).atMost(patience).pollInterval(Duration.ofMillis(100)).until(condition);
    }
}

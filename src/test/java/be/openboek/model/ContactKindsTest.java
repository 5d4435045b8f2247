package be.openboek.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How {@link Contact} reads {@code contact}: only a plain e-mail address or an http(s) address becomes a link. */
class ContactKindsTest {

    @Test
    void anEmailAddressBecomesAMailtoLink() {
        Contact contact = Contact.of("  data@proefhuis.example ");
        assertEquals("data@proefhuis.example", contact.email());
        assertNull(contact.url());
        assertEquals("mailto:data@proefhuis.example", contact.href());
    }

    @Test
    void aWebAddressIsTheLink() {
        Contact contact = Contact.of("https://proefhuis.example/contact/");
        assertNull(contact.email());
        assertEquals("https://proefhuis.example/contact/", contact.href());
    }

    @Test
    void anAddressThatWouldAddHeadersOrRecipientsToTheMailIsNoLink() {
        for (String text : new String[] {"data@proefhuis.example?subject=x", "a@b.example&cc=c@d.example", "a@b.example, c@d.example",
            "mailto:data@proefhuis.example", "javascript:alert(1)", "https://x.example/a b", "https://x.example/\"><script>",
            "Bel ons op 02 123 45 67"}) {
            Contact contact = Contact.of(text);
            assertTrue(contact.published(), text);
            assertNull(contact.href(), text);
            assertEquals(text, contact.text());
        }
    }

    @Test
    void nothingPublishedIsNoContact() {
        for (String text : new String[] {null, "", "   "}) {
            assertFalse(Contact.of(text).published());
            assertNull(Contact.of(text).href());
        }
    }
}

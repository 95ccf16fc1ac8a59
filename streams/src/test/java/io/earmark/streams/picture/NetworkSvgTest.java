package io.earmark.streams.picture;

import static io.earmark.streams.testing.Events.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.streams.network.LocalLinks;
import io.earmark.streams.network.Network;
import io.earmark.streams.testing.KickbackStory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class NetworkSvgTest {

    @Test
    void shouldDrawTheSellersReturnsToEachBeneficiaryAndLinkEveryParty() throws Exception {
        LocalLinks links = new LocalLinks(Set.of(SELLER));
        links.fund(KickbackStory.ledger("F-A", "850312300456"));
        links.fund(KickbackStory.ledger("F-B", "900101300111"));
        Network network = Network.of(SELLER, List.of(links.part()), false);

        SvgXml svg = new SvgXml(new NetworkSvg(network).render());

        assertThat(svg.all("//*[@class='link kind-SENT_BACK']")).extracting(e -> e.getAttribute("data-to"))
                .containsExactly("850312300456", "900101300111");
        assertThat(svg.all("//*[@class='party']")).extracting(e -> e.getAttribute("data-party"))
                .containsExactlyInAnyOrder(SELLER, "850312300456", "900101300111");
        Element centre = svg.one("//*[@class='party' and @data-distance='0']");
        assertThat(centre.getAttribute("data-party")).isEqualTo(SELLER);
        assertThat(centre.getTextContent()).contains("2 funds, 6 alerts");
        assertThat(svg.all("//*[local-name()='a']")).extracting(e -> e.getAttribute("href"))
                .containsExactlyInAnyOrder("#party=" + SELLER, "#party=850312300456", "#party=900101300111");
    }

    @Test
    void shouldSayHowManyPartiesDoNotFitInAColumn() throws Exception {
        LocalLinks links = new LocalLinks(Set.of(SELLER));
        for (int i = 0; i < NetworkSvg.PER_COLUMN + 3; i++) {
            links.fund(KickbackStory.ledger("F-" + i, String.format("8000000000%02d", i)));
        }
        String svg = new NetworkSvg(Network.of(SELLER, List.of(links.part()), false)).render();

        assertThat(new SvgXml(svg).all("//*[@class='party']")).hasSize(1 + NetworkSvg.PER_COLUMN);
        assertThat(svg).contains("and 3 more parties");
    }
}

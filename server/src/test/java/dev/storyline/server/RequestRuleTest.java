package dev.storyline.server;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each request rule alone, on request heads written in the test. */
class RequestRuleTest {

    private static Listening on(String host, List<String> allowed) throws Exception {
        return new Listening(InetAddress.getByName(host), host, 8080, allowed);
    }

    private static RequestHead post(String host, String origin, String type) {
        return new RequestHead("POST", "/api/documents", host, origin, type);
    }

    @Test
    void hostMustNameTheBoundAddressAndPort() throws Exception {
        Listening loopback = on("127.0.0.1", List.of());
        RequestRule rule = RequestRule.HOST_NAMES_THIS_SERVER;
        assertThat(rule.refusal(post("127.0.0.1:8080", null, null), loopback)).isEmpty();
        assertThat(rule.refusal(post("LOCALHOST:8080", null, null), loopback)).isEmpty();
        assertThat(rule.refusal(post("rebound.example:8080", null, null), loopback)).isPresent();
        assertThat(rule.refusal(post("127.0.0.1:9090", null, null), loopback)).isPresent();
        assertThat(rule.refusal(post("127.0.0.1", null, null), loopback)).isPresent();
        assertThat(rule.refusal(post(null, null, null), loopback)).get().extracting(ApiError::status).isEqualTo(403);
        assertThat(rule.refusal(post("[::1]:8080", null, null), on("::1", List.of()))).isEmpty();
    }

    @Test
    void everyInterfaceTakesAddressesButNoOtherNameUnlessAllowed() throws Exception {
        Listening everywhere = on("0.0.0.0", List.of("news.example.org"));
        RequestRule rule = RequestRule.HOST_NAMES_THIS_SERVER;
        assertThat(rule.refusal(post("192.168.1.20:8080", null, null), everywhere)).isEmpty();
        assertThat(rule.refusal(post("news.example.org", null, null), everywhere)).isEmpty();
        assertThat(rule.refusal(post("rebound.example:8080", null, null), everywhere)).isPresent();
    }

    @Test
    void originMustBeTheHostItself() throws Exception {
        Listening loopback = on("127.0.0.1", List.of());
        RequestRule rule = RequestRule.ORIGIN_IS_THIS_SERVER;
        assertThat(rule.refusal(post("127.0.0.1:8080", null, null), loopback)).isEmpty();
        assertThat(rule.refusal(post("127.0.0.1:8080", "http://127.0.0.1:8080", null), loopback)).isEmpty();
        assertThat(rule.refusal(post("news.example.org", "https://news.example.org", null), loopback)).isEmpty();
        assertThat(rule.refusal(post("127.0.0.1:8080", "http://attacker.example", null), loopback)).isPresent();
        assertThat(rule.refusal(post("127.0.0.1:8080", "http://127.0.0.1:8081", null), loopback)).isPresent();
        assertThat(rule.refusal(post("127.0.0.1:8080", "null", null), loopback)).isPresent();
        assertThat(rule.refusal(post("127.0.0.1:8080", "file://", null), loopback)).isPresent();
    }

    @Test
    void bodiesMustBeJsonAndReadsNeedNoType() throws Exception {
        Listening loopback = on("127.0.0.1", List.of());
        RequestRule rule = RequestRule.BODIES_ARE_JSON;
        assertThat(rule.refusal(post("h", null, "application/json"), loopback)).isEmpty();
        assertThat(rule.refusal(post("h", null, "Application/X-NDJSON; charset=utf-8"), loopback)).isEmpty();
        assertThat(rule.refusal(post("h", null, "text/plain"), loopback)).get().extracting(ApiError::status).isEqualTo(415);
        assertThat(rule.refusal(post("h", null, null), loopback)).isPresent();
        assertThat(rule.refusal(new RequestHead("GET", "/", "h", null, null), loopback)).isEmpty();
    }

    @Test
    void theFirstRefusingRuleDecides() throws Exception {
        Listening loopback = on("127.0.0.1", List.of());
        assertThat(RequestRule.check(post("rebound.example:8080", "http://attacker.example", "text/plain"), loopback))
                .get().extracting(ApiError::getMessage).asString().contains("Host");
        assertThat(RequestRule.check(post("127.0.0.1:8080", "http://127.0.0.1:8080", "application/json"), loopback)).isEmpty();
    }
}

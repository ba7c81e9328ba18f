package fr.centreisere.concierge.gateway.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path data;

    @Test
    void outsideTheDemoThereIsNoDefaultKey() {
        assertThatThrownBy(() -> SigningKeys.load(settings(null, null), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONCIERGE_JWT_PRIVATE_KEY");
        assertThat(data.resolve("keys")).doesNotExist();
    }

    @Test
    void theDemoGeneratesItsKeyOnceAndKeepsIt() {
        RSAKey first = SigningKeys.load(settings(null, null), true);
        Path file = data.resolve("keys").resolve(SigningKeys.DEMO_KEY_FILE);
        assertThat(file).exists();
        assertThat(SigningKeys.load(settings(null, null), true).getKeyID()).isEqualTo(first.getKeyID());
    }

    @Test
    void productionReadsTheConfiguredKeyAsTextOrFile() throws Exception {
        String pem = SigningKeys.toPem(SigningKeys.generate());
        RSAKey fromText = SigningKeys.load(settings(pem, null), false);
        Path file = Files.writeString(data.resolve("key.pem"), pem);
        RSAKey fromFile = SigningKeys.load(settings(null, file), false);
        assertThat(fromFile.getKeyID()).isEqualTo(fromText.getKeyID());
        assertThat(fromText.isPrivate()).isTrue();
        // the configured key wins over the demo's
        assertThat(SigningKeys.load(settings(pem, null), true).getKeyID()).isEqualTo(fromText.getKeyID());
    }

    @Test
    void aKeyThatIsNotPkcs8RsaIsRefusedWithHowToConvertIt() {
        assertThatThrownBy(() -> SigningKeys.load(settings("-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----", null), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pkcs8");
        assertThatThrownBy(() -> SigningKeys.load(settings("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----", null), false))
                .isInstanceOf(IllegalStateException.class);
    }

    private TokenSettings settings(String pem, Path file) {
        return new TokenSettings("concierge-gateway", Duration.ofHours(1), pem, file, data.resolve("keys"), false);
    }
}

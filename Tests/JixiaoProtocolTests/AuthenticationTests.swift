import Testing

@testable import JixiaoProtocol

@Suite("Authentication (Protocol.md §5)")
struct AuthenticationTests {
    @Test("§5.1 the MAC input and both HMACs match the test vector")
    func vector() {
        let input = Authentication.input(
            label: Authentication.clientLabel,
            office: Vectors.office,
            clientNonce: Vectors.clientNonce,
            serverNonce: Vectors.serverNonce,
            version: 2,
            binding: Vectors.binding
        )
        #expect(hexString(input) == Vectors.authInputHex)
        let mac = Authentication.clientMAC(
            secret: Vectors.secret,
            office: Vectors.office,
            clientNonce: Vectors.clientNonce,
            serverNonce: Vectors.serverNonce,
            version: 2,
            binding: Vectors.binding
        )
        #expect(hexString(mac) == Vectors.clientMACHex)
        let proof = Authentication.serverProof(
            secret: Vectors.secret,
            office: Vectors.office,
            clientNonce: Vectors.clientNonce,
            serverNonce: Vectors.serverNonce,
            version: 2,
            binding: Vectors.binding
        )
        #expect(hexString(proof) == Vectors.serverProofHex)
        #expect(mac != proof)
    }

    @Test("§5 any changed input changes the MAC; comparison is exact")
    func sensitivity() {
        let base = Authentication.clientMAC(
            secret: Vectors.secret,
            office: Vectors.office,
            clientNonce: Vectors.clientNonce,
            serverNonce: Vectors.serverNonce,
            version: 2,
            binding: Vectors.binding
        )
        var otherSecret = Vectors.secret
        otherSecret[31] ^= 1
        let variants = [
            Authentication.clientMAC(
                secret: otherSecret,
                office: Vectors.office,
                clientNonce: Vectors.clientNonce,
                serverNonce: Vectors.serverNonce,
                version: 2,
                binding: Vectors.binding
            ),
            Authentication.clientMAC(
                secret: Vectors.secret,
                office: "wangluyuaN",
                clientNonce: Vectors.clientNonce,
                serverNonce: Vectors.serverNonce,
                version: 2,
                binding: Vectors.binding
            ),
            Authentication.clientMAC(
                secret: Vectors.secret,
                office: Vectors.office,
                clientNonce: Vectors.serverNonce,
                serverNonce: Vectors.clientNonce,
                version: 2,
                binding: Vectors.binding
            ),
            Authentication.clientMAC(
                secret: Vectors.secret,
                office: Vectors.office,
                clientNonce: Vectors.clientNonce,
                serverNonce: Vectors.serverNonce,
                version: 3,
                binding: Vectors.binding
            ),
            // Another certificate seen by the client (a relay): the binding changes the MAC.
            Authentication.clientMAC(
                secret: Vectors.secret,
                office: Vectors.office,
                clientNonce: Vectors.clientNonce,
                serverNonce: Vectors.serverNonce,
                version: 2,
                binding: .plaintext
            ),
        ]
        for variant in variants {
            #expect(variant != base)
            #expect(!Authentication.isValid(variant, expected: base))
        }
        #expect(Authentication.isValid(base, expected: base))
        #expect(!Authentication.isValid(Array(base.prefix(31)), expected: base))
    }

    @Test("§5.3 secrets are 64 hex digits; other text is refused")
    func hexSecrets() {
        let secret = Authentication.newSecret()
        #expect(secret.count == 32)
        let text = Authentication.hexString(secret)
        #expect(text.count == 64)
        #expect(Authentication.secret(fromHex: text) == secret)
        #expect(Authentication.secret(fromHex: " " + text.uppercased() + "\n") == secret)
        #expect(Authentication.secret(fromHex: String(text.dropLast())) == nil)
        #expect(Authentication.secret(fromHex: String(text.dropLast()) + "g") == nil)
        #expect(Authentication.hexString(Vectors.secret).hasPrefix("000102"))
        #expect(Authentication.newSecret() != secret)
    }
}

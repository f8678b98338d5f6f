namespace Ipmi.Lan.Crypto;

/// <summary>Turns the algorithm numbers of a negotiated cipher suite into implementations (IPMI v2.0 §13.28).</summary>
public static class CryptoAlgorithms
{
    public static IRakpAuthentication Authentication(AuthenticationAlgorithm algorithm) => algorithm switch
    {
        AuthenticationAlgorithm.None => RakpNone.Instance,
        AuthenticationAlgorithm.HmacSha1 => RakpHmacSha1.Instance,
        AuthenticationAlgorithm.HmacSha256 => RakpHmacSha256.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Authentication algorithm not implemented."),
    };

    /// <summary>Null for integrity "none".</summary>
    public static IIntegrityAlgorithm? Integrity(IntegrityAlgorithm algorithm, byte[] k1) => algorithm switch
    {
        IntegrityAlgorithm.None => null,
        IntegrityAlgorithm.HmacSha1_96 => new HmacSha1_96(k1),
        IntegrityAlgorithm.HmacSha256_128 => new HmacSha256_128(k1),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Integrity algorithm not implemented."),
    };

    /// <summary>Null for confidentiality "none".</summary>
    public static IConfidentialityAlgorithm? Confidentiality(ConfidentialityAlgorithm algorithm, ReadOnlySpan<byte> k2) => algorithm switch
    {
        ConfidentialityAlgorithm.None => null,
        ConfidentialityAlgorithm.AesCbc128 => new AesCbc128(k2),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Confidentiality algorithm not implemented."),
    };
}

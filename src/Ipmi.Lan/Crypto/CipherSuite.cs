namespace Ipmi.Lan.Crypto;

/// <summary>
/// A cipher suite: the algorithm triple a session uses, IPMI v2.0 §22.15.2, Table 22-20.
/// Only suites whose three algorithms are implemented are listed in <see cref="Supported"/>.
/// </summary>
public readonly record struct CipherSuite(
    byte Id, AuthenticationAlgorithm Authentication, IntegrityAlgorithm Integrity, ConfidentialityAlgorithm Confidentiality)
{
    public static readonly CipherSuite Suite0 = new(0, AuthenticationAlgorithm.None, IntegrityAlgorithm.None, ConfidentialityAlgorithm.None);
    public static readonly CipherSuite Suite1 = new(1, AuthenticationAlgorithm.HmacSha1, IntegrityAlgorithm.None, ConfidentialityAlgorithm.None);
    public static readonly CipherSuite Suite2 = new(2, AuthenticationAlgorithm.HmacSha1, IntegrityAlgorithm.HmacSha1_96, ConfidentialityAlgorithm.None);
    public static readonly CipherSuite Suite3 = new(3, AuthenticationAlgorithm.HmacSha1, IntegrityAlgorithm.HmacSha1_96, ConfidentialityAlgorithm.AesCbc128);
    public static readonly CipherSuite Suite15 = new(15, AuthenticationAlgorithm.HmacSha256, IntegrityAlgorithm.None, ConfidentialityAlgorithm.None);
    public static readonly CipherSuite Suite16 = new(16, AuthenticationAlgorithm.HmacSha256, IntegrityAlgorithm.HmacSha256_128, ConfidentialityAlgorithm.None);
    public static readonly CipherSuite Suite17 = new(17, AuthenticationAlgorithm.HmacSha256, IntegrityAlgorithm.HmacSha256_128, ConfidentialityAlgorithm.AesCbc128);

    public static IReadOnlyList<CipherSuite> Supported { get; } = [Suite0, Suite1, Suite2, Suite3, Suite15, Suite16, Suite17];

    public static bool TryGet(byte id, out CipherSuite suite)
    {
        foreach (var candidate in Supported)
        {
            if (candidate.Id == id)
            {
                suite = candidate;
                return true;
            }
        }
        suite = default;
        return false;
    }

    public bool Matches(AuthenticationAlgorithm authentication, IntegrityAlgorithm integrity, ConfidentialityAlgorithm confidentiality) =>
        Authentication == authentication && Integrity == integrity && Confidentiality == confidentiality;
}

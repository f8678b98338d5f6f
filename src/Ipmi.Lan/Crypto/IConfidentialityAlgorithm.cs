namespace Ipmi.Lan.Crypto;

/// <summary>
/// A session's confidentiality algorithm keyed from K2, IPMI v2.0 §13.29: it turns a payload into the
/// confidentiality header, encrypted payload and trailer, and back. Instances belong to one session and
/// are used under its lock.
/// </summary>
public interface IConfidentialityAlgorithm : IDisposable
{
    ConfidentialityAlgorithm Algorithm { get; }

    /// <summary>The wire length of a payload of <paramref name="plaintextLength"/> bytes once encrypted.</summary>
    int EncryptedLength(int plaintextLength);

    /// <summary>Writes <see cref="EncryptedLength"/> bytes into <paramref name="destination"/>.</summary>
    int Encrypt(ReadOnlySpan<byte> plaintext, Span<byte> destination);

    /// <summary>
    /// False for any malformed, wrongly sized or wrongly padded payload; all failures look alike.
    /// <paramref name="plaintext"/> must hold at least the payload's length.
    /// </summary>
    bool TryDecrypt(ReadOnlySpan<byte> payload, Span<byte> plaintext, out int written);
}

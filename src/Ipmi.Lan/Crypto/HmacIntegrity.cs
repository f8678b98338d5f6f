using System.Security.Cryptography;

namespace Ipmi.Lan.Crypto;

/// <summary>
/// A truncated-HMAC integrity algorithm (§13.28.4): full HMAC keyed with K1, first <see cref="AuthCodeLength"/>
/// bytes sent. One keyed <see cref="IncrementalHash"/> per session, reset after each packet: the one-shot
/// HMAC sets up the key on every call, which costs more than the hashing of a small packet.
/// </summary>
public abstract class HmacIntegrity(HashAlgorithmName hash, byte[] k1) : IIntegrityAlgorithm
{
    private const int MaxHashLength = 64;

    private readonly IncrementalHash _hmac = IncrementalHash.CreateHMAC(hash, k1);

    public abstract IntegrityAlgorithm Algorithm { get; }
    public abstract int AuthCodeLength { get; }

    public void WriteAuthCode(ReadOnlySpan<byte> data, Span<byte> authCode)
    {
        Span<byte> full = stackalloc byte[MaxHashLength];
        Hmac(data, full);
        full[..AuthCodeLength].CopyTo(authCode);
    }

    public bool CheckAuthCode(ReadOnlySpan<byte> data, ReadOnlySpan<byte> authCode)
    {
        Span<byte> full = stackalloc byte[MaxHashLength];
        Hmac(data, full);
        return authCode.Length == AuthCodeLength
            && CryptographicOperations.FixedTimeEquals(full[..AuthCodeLength], authCode);
    }

    /// <summary>Frees the keyed HMAC state when the session ends (called under the session's lock).</summary>
    public void Dispose() => _hmac.Dispose();

    private void Hmac(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        _hmac.AppendData(data);
        _hmac.GetHashAndReset(destination);
    }
}

using System.Security.Cryptography;

namespace Ipmi.Lan.Crypto;

/// <summary>A truncated-HMAC integrity algorithm (§13.28.4): full HMAC keyed with K1, first <see cref="AuthCodeLength"/> bytes sent.</summary>
public abstract class HmacIntegrity(byte[] k1) : IIntegrityAlgorithm
{
    private const int MaxHashLength = 64;

    public abstract IntegrityAlgorithm Algorithm { get; }
    public abstract int AuthCodeLength { get; }

    protected abstract void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination);

    public void WriteAuthCode(ReadOnlySpan<byte> data, Span<byte> authCode)
    {
        Span<byte> full = stackalloc byte[MaxHashLength];
        Hmac(k1, data, full);
        full[..AuthCodeLength].CopyTo(authCode);
    }

    public bool CheckAuthCode(ReadOnlySpan<byte> data, ReadOnlySpan<byte> authCode)
    {
        Span<byte> full = stackalloc byte[MaxHashLength];
        Hmac(k1, data, full);
        return authCode.Length == AuthCodeLength
            && CryptographicOperations.FixedTimeEquals(full[..AuthCodeLength], authCode);
    }
}

namespace Ipmi.Lan.Crypto;

/// <summary>
/// A session's integrity algorithm keyed with K1, IPMI v2.0 §13.28.4: the AuthCode covers the session
/// header through the Next Header byte (§13.6). Instances belong to one session and are used under its lock.
/// </summary>
public interface IIntegrityAlgorithm : IDisposable
{
    IntegrityAlgorithm Algorithm { get; }

    /// <summary>Length of the AuthCode field that trails the packet.</summary>
    int AuthCodeLength { get; }

    void WriteAuthCode(ReadOnlySpan<byte> data, Span<byte> authCode);

    /// <summary>Constant-time comparison of the received AuthCode with the expected one.</summary>
    bool CheckAuthCode(ReadOnlySpan<byte> data, ReadOnlySpan<byte> authCode);
}

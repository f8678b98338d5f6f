using System.Security.Cryptography;

namespace Ipmi.Lan.Crypto;

/// <summary>
/// AES-CBC-128, IPMI v2.0 §13.29 and §13.29.1: a 16-byte random IV, then the payload followed by pad
/// bytes 01h, 02h, 03h… and a pad-length byte, all encrypted with the first 16 bytes of K2.
/// One <see cref="Aes"/> per session, used without library padding.
/// </summary>
public sealed class AesCbc128 : IConfidentialityAlgorithm
{
    private const int BlockSize = 16;
    private readonly Aes _aes;

    public AesCbc128(ReadOnlySpan<byte> k2)
    {
        _aes = Aes.Create();
        _aes.Key = k2[..BlockSize].ToArray();
    }

    public ConfidentialityAlgorithm Algorithm => ConfidentialityAlgorithm.AesCbc128;

    public int EncryptedLength(int plaintextLength) =>
        BlockSize +                                             // IV
        (plaintextLength + 1 + BlockSize - 1) / BlockSize * BlockSize;   // payload, pad, pad length

    public int Encrypt(ReadOnlySpan<byte> plaintext, Span<byte> destination)
    {
        var total = EncryptedLength(plaintext.Length);
        Span<byte> iv = stackalloc byte[BlockSize];
        RandomNumberGenerator.Fill(iv);
        iv.CopyTo(destination);
        var body = destination[BlockSize..total];
        plaintext.CopyTo(body);
        var padLength = body.Length - plaintext.Length - 1;
        for (var i = 0; i < padLength; i++)
            body[plaintext.Length + i] = (byte)(i + 1);
        body[^1] = (byte)padLength;
        _aes.EncryptCbc(body, iv, body, PaddingMode.None);
        return total;
    }

    public bool TryDecrypt(ReadOnlySpan<byte> payload, Span<byte> plaintext, out int written)
    {
        written = 0;
        if (payload.Length < 2 * BlockSize || payload.Length % BlockSize != 0)
            return false;
        var length = _aes.DecryptCbc(payload[BlockSize..], payload[..BlockSize], plaintext, PaddingMode.None);
        var padLength = plaintext[length - 1];
        if (padLength >= BlockSize)
            return false;
        var dataLength = length - 1 - padLength;
        var valid = true;
        for (var i = 0; i < padLength; i++)
            valid &= plaintext[dataLength + i] == i + 1;
        if (!valid)
            return false;
        written = dataLength;
        return true;
    }

    public void Dispose() => _aes.Dispose();
}

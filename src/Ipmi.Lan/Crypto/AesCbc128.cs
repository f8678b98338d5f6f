using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Ipmi.Lan.Crypto;

/// <summary>
/// AES-CBC-128, IPMI v2.0 §13.29 and §13.29.1: a 16-byte IV, then the payload followed by pad bytes 01h,
/// 02h, 03h… and a pad-length byte, all encrypted with the first 16 bytes of K2.
/// One key schedule per session: CBC chaining is done here over persistent ECB transforms, because the
/// one-shot <see cref="SymmetricAlgorithm.EncryptCbc(ReadOnlySpan{byte}, ReadOnlySpan{byte}, PaddingMode)"/>
/// builds a cipher context (and allocates) on every call. IVs are the cipher applied to a unique nonce,
/// NIST SP 800-38A Appendix C: a random per-session prefix and a counter.
/// </summary>
public sealed class AesCbc128 : IConfidentialityAlgorithm
{
    private const int BlockSize = 16;

    private readonly Aes _aes;
    private readonly ICryptoTransform _encryptor;
    private readonly ICryptoTransform _decryptor;
    /// <summary>The transforms take arrays: payloads pass through here (no datagram is larger).</summary>
    private readonly byte[] _work = new byte[DatagramProcessor.MaxDatagram];
    /// <summary>8 random bytes, then a big-endian counter: unique for every IV of the session.</summary>
    private readonly byte[] _nonce = new byte[BlockSize];
    private ulong _counter;

    public AesCbc128(ReadOnlySpan<byte> k2)
    {
        _aes = Aes.Create();
        _aes.Key = k2[..BlockSize].ToArray();
        _aes.Mode = CipherMode.ECB;
        _aes.Padding = PaddingMode.None;
        _encryptor = _aes.CreateEncryptor();
        _decryptor = _aes.CreateDecryptor();
        RandomNumberGenerator.Fill(_nonce.AsSpan(0, sizeof(ulong)));
    }

    public ConfidentialityAlgorithm Algorithm => ConfidentialityAlgorithm.AesCbc128;

    public int EncryptedLength(int plaintextLength) =>
        BlockSize +                                             // IV
        (plaintextLength + 1 + BlockSize - 1) / BlockSize * BlockSize;   // payload, pad, pad length

    public int Encrypt(ReadOnlySpan<byte> plaintext, Span<byte> destination)
    {
        var total = EncryptedLength(plaintext.Length);
        if (total > _work.Length)
            throw new ArgumentException($"A payload of {plaintext.Length} bytes does not fit a datagram.", nameof(plaintext));
        // IV = E(K, nonce), written into the work buffer's first block.
        BinaryPrimitives.WriteUInt64BigEndian(_nonce.AsSpan(sizeof(ulong)), ++_counter);
        _encryptor.TransformBlock(_nonce, 0, BlockSize, _work, 0);
        var body = _work.AsSpan(BlockSize, total - BlockSize);
        plaintext.CopyTo(body);
        var padLength = body.Length - plaintext.Length - 1;
        for (var i = 0; i < padLength; i++)
            body[plaintext.Length + i] = (byte)(i + 1);
        body[^1] = (byte)padLength;
        // CBC: each block is XORed with the previous ciphertext block (the IV for the first), then encrypted in place.
        for (var offset = BlockSize; offset < total; offset += BlockSize)
        {
            Xor(_work.AsSpan(offset, BlockSize), _work.AsSpan(offset - BlockSize, BlockSize));
            _encryptor.TransformBlock(_work, offset, BlockSize, _work, offset);
        }
        _work.AsSpan(0, total).CopyTo(destination);
        return total;
    }

    public bool TryDecrypt(ReadOnlySpan<byte> payload, Span<byte> plaintext, out int written)
    {
        written = 0;
        if (payload.Length < 2 * BlockSize || payload.Length % BlockSize != 0 || payload.Length > _work.Length)
            return false;
        // ECB-decrypt every ciphertext block at once, then XOR each with the block before it on the wire.
        var length = payload.Length - BlockSize;
        payload[BlockSize..].CopyTo(_work);
        _decryptor.TransformBlock(_work, 0, length, _work, 0);
        var decrypted = _work.AsSpan(0, length);
        for (var offset = 0; offset < length; offset += BlockSize)
            Xor(decrypted.Slice(offset, BlockSize), payload.Slice(offset, BlockSize));
        var padLength = decrypted[^1];
        if (padLength >= BlockSize)
            return false;
        var dataLength = length - 1 - padLength;
        var valid = true;
        for (var i = 0; i < padLength; i++)
            valid &= decrypted[dataLength + i] == i + 1;
        if (!valid)
            return false;
        decrypted[..dataLength].CopyTo(plaintext);
        written = dataLength;
        return true;
    }

    private static void Xor(Span<byte> block, ReadOnlySpan<byte> with)
    {
        var value = BinaryPrimitives.ReadUInt128LittleEndian(block) ^ BinaryPrimitives.ReadUInt128LittleEndian(with);
        BinaryPrimitives.WriteUInt128LittleEndian(block, value);
    }

    public void Dispose()
    {
        _encryptor.Dispose();
        _decryptor.Dispose();
        _aes.Dispose();
    }
}

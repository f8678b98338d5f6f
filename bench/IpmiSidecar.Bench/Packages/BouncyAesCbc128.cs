using System.Buffers.Binary;
using System.Security.Cryptography;
using Ipmi.Lan.Crypto;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;

namespace IpmiSidecar.Bench.Packages;

/// <summary>
/// The production <see cref="AesCbc128"/> (IPMI v2.0 §13.29: IV, payload, pad 01h 02h …, pad length) with
/// BouncyCastle's AES engine in place of the BCL's: the same CBC chaining and IV scheme, so only the block cipher and
/// its call cost differ. <see cref="AesUtilities.CreateEngine"/> picks the AES-NI engine where the CPU has it.
/// Benchmark-only: it exists to be measured against the production class.
/// </summary>
internal sealed class BouncyAesCbc128 : IConfidentialityAlgorithm
{
    private const int BlockSize = 16;

    private readonly IBlockCipher _encryptor = AesUtilities.CreateEngine();
    private readonly IBlockCipher _decryptor = AesUtilities.CreateEngine();
    private readonly byte[] _nonce = new byte[BlockSize];
    private ulong _counter;

    public BouncyAesCbc128(ReadOnlySpan<byte> k2)
    {
        var key = new KeyParameter(k2[..BlockSize]);
        _encryptor.Init(true, key);
        _decryptor.Init(false, key);
        RandomNumberGenerator.Fill(_nonce.AsSpan(0, sizeof(ulong)));
    }

    public ConfidentialityAlgorithm Algorithm => ConfidentialityAlgorithm.AesCbc128;

    public int EncryptedLength(int plaintextLength) =>
        BlockSize + (plaintextLength + 1 + BlockSize - 1) / BlockSize * BlockSize;

    public int Encrypt(ReadOnlySpan<byte> plaintext, Span<byte> destination)
    {
        var total = EncryptedLength(plaintext.Length);
        BinaryPrimitives.WriteUInt64BigEndian(_nonce.AsSpan(sizeof(ulong)), ++_counter);
        _encryptor.ProcessBlock(_nonce, destination);
        var body = destination[BlockSize..total];
        plaintext.CopyTo(body);
        var padLength = body.Length - plaintext.Length - 1;
        for (var i = 0; i < padLength; i++)
            body[plaintext.Length + i] = (byte)(i + 1);
        body[^1] = (byte)padLength;
        for (var offset = BlockSize; offset < total; offset += BlockSize)
        {
            var block = destination.Slice(offset, BlockSize);
            Xor(block, destination.Slice(offset - BlockSize, BlockSize));
            _encryptor.ProcessBlock(block, block);
        }
        return total;
    }

    public bool TryDecrypt(ReadOnlySpan<byte> payload, Span<byte> plaintext, out int written)
    {
        written = 0;
        if (payload.Length < 2 * BlockSize || payload.Length % BlockSize != 0)
            return false;
        var length = payload.Length - BlockSize;
        Span<byte> decrypted = stackalloc byte[length];
        for (var offset = 0; offset < length; offset += BlockSize)
        {
            var block = decrypted.Slice(offset, BlockSize);
            _decryptor.ProcessBlock(payload.Slice(BlockSize + offset, BlockSize), block);
            Xor(block, payload.Slice(offset, BlockSize));
        }
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
    }
}

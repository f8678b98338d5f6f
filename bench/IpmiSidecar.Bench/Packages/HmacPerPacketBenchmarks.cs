using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace IpmiSidecar.Bench.Packages;

/// <summary>
/// The per-packet integrity HMAC (IPMI v2.0 §13.28.4: HMAC-SHA1-96, HMAC-SHA256-128) keyed once per session with K1,
/// as <c>HmacIntegrity</c> does: BCL <see cref="IncrementalHash"/> (OpenSSL underneath) against BouncyCastle's
/// <see cref="HMac"/>, both reusing their keyed state and resetting after each packet.
/// </summary>
[MemoryDiagnoser]
public class HmacPerPacketBenchmarks
{
    private readonly byte[] _hash = new byte[32];
    private byte[] _packet = [];
    private IncrementalHash _bcl = null!;
    private HMac _bouncy = null!;

    [Params("SHA1", "SHA256")]
    public string Hash { get; set; } = "";

    [Params(32, 64, 128, 256)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var k1 = RandomNumberGenerator.GetBytes(Hash == "SHA1" ? 20 : 32);
        _packet = RandomNumberGenerator.GetBytes(Bytes);
        _bcl = IncrementalHash.CreateHMAC(new HashAlgorithmName(Hash), k1);
        _bouncy = new HMac(Hash == "SHA1" ? new Sha1Digest() : new Sha256Digest());
        _bouncy.Init(new KeyParameter(k1));
        if (!Bcl().SequenceEqual(BouncyCastle()))
            throw new InvalidOperationException("the two HMACs disagree");
    }

    [GlobalCleanup]
    public void Cleanup() => _bcl.Dispose();

    [Benchmark(Baseline = true)]
    public ReadOnlySpan<byte> Bcl()
    {
        _bcl.AppendData(_packet);
        var n = _bcl.GetHashAndReset(_hash);
        return _hash.AsSpan(0, n);
    }

    [Benchmark]
    public ReadOnlySpan<byte> BouncyCastle()
    {
        _bouncy.BlockUpdate(_packet);
        var n = _bouncy.DoFinal(_hash);
        return _hash.AsSpan(0, n);
    }
}

using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace IpmiSidecar.Bench.Packages;

/// <summary>
/// The RAKP HMACs with a fresh key each time (IPMI v2.0 §13.31-13.32), as <c>RakpHmac</c> computes them: 20 bytes is
/// K1/K2 from SIK and a constant, 74 the longest RAKP 2 input (SIDm, SIDc, Rm, Rc, GUIDc, ROLEm, ULENGTHm, 16-byte
/// UNAMEm). BCL one-shot <c>HMACSHA1.HashData</c> / <c>HMACSHA256.HashData</c> against one reused BouncyCastle
/// <see cref="HMac"/> re-keyed per call (its best case: a thread-safe one-shot would need a new instance each time).
/// </summary>
[MemoryDiagnoser]
public class HmacKeyDerivationBenchmarks
{
    private readonly byte[] _hash = new byte[32];
    private byte[] _key = [];
    private byte[] _input = [];
    private HMac _bouncy = null!;

    [Params("SHA1", "SHA256")]
    public string Hash { get; set; } = "";

    [Params(20, 74)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _key = RandomNumberGenerator.GetBytes(Hash == "SHA1" ? 20 : 32);
        _input = RandomNumberGenerator.GetBytes(Bytes);
        _bouncy = new HMac(Hash == "SHA1" ? new Sha1Digest() : new Sha256Digest());
        if (!Bcl().SequenceEqual(BouncyCastle()))
            throw new InvalidOperationException("the two HMACs disagree");
    }

    [Benchmark(Baseline = true)]
    public ReadOnlySpan<byte> Bcl()
    {
        var n = Hash == "SHA1" ? HMACSHA1.HashData(_key, _input, _hash) : HMACSHA256.HashData(_key, _input, _hash);
        return _hash.AsSpan(0, n);
    }

    [Benchmark]
    public ReadOnlySpan<byte> BouncyCastle()
    {
        _bouncy.Init(new KeyParameter(_key));
        _bouncy.BlockUpdate(_input);
        var n = _bouncy.DoFinal(_hash);
        return _hash.AsSpan(0, n);
    }
}

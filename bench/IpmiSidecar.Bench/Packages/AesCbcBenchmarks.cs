using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ipmi.Lan.Crypto;

namespace IpmiSidecar.Bench.Packages;

/// <summary>
/// AES-CBC-128 per packet (IPMI v2.0 §13.29), encrypt and decrypt of a payload of <see cref="Bytes"/>: the production
/// <see cref="AesCbc128"/> on BCL transforms (OpenSSL underneath) against the same scheme on BouncyCastle's engine.
/// Setup checks each side decrypts what the other encrypted.
/// </summary>
[MemoryDiagnoser, CategoriesColumn, GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AesCbcBenchmarks
{
    private readonly byte[] _wire = new byte[1024];
    private readonly byte[] _plain = new byte[1024];
    private byte[] _payload = [];
    private byte[] _bclWire = [];
    private byte[] _bouncyWire = [];
    private AesCbc128 _bcl = null!;
    private BouncyAesCbc128 _bouncy = null!;

    [Params(32, 64, 128, 256)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var k2 = RandomNumberGenerator.GetBytes(20);
        _payload = RandomNumberGenerator.GetBytes(Bytes);
        _bcl = new AesCbc128(k2);
        _bouncy = new BouncyAesCbc128(k2);
        _bclWire = _wire.AsSpan(0, _bcl.Encrypt(_payload, _wire)).ToArray();
        _bouncyWire = _wire.AsSpan(0, _bouncy.Encrypt(_payload, _wire)).ToArray();
        if (!_bouncy.TryDecrypt(_bclWire, _plain, out var a) || !_plain.AsSpan(0, a).SequenceEqual(_payload)
            || !_bcl.TryDecrypt(_bouncyWire, _plain, out var b) || !_plain.AsSpan(0, b).SequenceEqual(_payload))
            throw new InvalidOperationException("the two AES-CBC-128 implementations disagree");
    }

    [GlobalCleanup]
    public void Cleanup() => _bcl.Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("encrypt")]
    public int Bcl_encrypt() => _bcl.Encrypt(_payload, _wire);

    [Benchmark, BenchmarkCategory("encrypt")]
    public int BouncyCastle_encrypt() => _bouncy.Encrypt(_payload, _wire);

    [Benchmark(Baseline = true), BenchmarkCategory("decrypt")]
    public int Bcl_decrypt() => _bcl.TryDecrypt(_bclWire, _plain, out var n) ? n : -1;

    [Benchmark, BenchmarkCategory("decrypt")]
    public int BouncyCastle_decrypt() => _bouncy.TryDecrypt(_bclWire, _plain, out var n) ? n : -1;
}

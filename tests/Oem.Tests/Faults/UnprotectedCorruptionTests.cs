using I2cBridge.Simulated;
using Ipmi.Protocol;

namespace Oem.Tests.Faults;

/// <summary>
/// A flipped byte on a read without PEC or checksum (24Cxx EEPROM, Master Write-Read) cannot be told from good data
/// on the bus: the sidecar relays it, and it is the FRU format's own checksums (Platform Management FRU Information
/// Storage Definition v1.0 §8, §9) that let a client notice. Pinned here so a change of that behaviour is deliberate.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class UnprotectedCorruptionTests : IAsyncDisposable
{
    private readonly FaultBench _bench = new();

    public ValueTask DisposeAsync() => _bench.DisposeAsync();

    [TestCase(SimulatedFaultKind.CorruptByte)]
    [TestCase(SimulatedFaultKind.BadPec)]
    public async Task Corrupted_fru_byte_is_relayed_and_the_next_read_is_clean(SimulatedFaultKind kind)
    {
        var clean = await _bench.CallAsync(Commands.FruRead);
        _bench.Faults.Inject(new SimulatedFault { Kind = kind, Address = Commands.Eeprom, ByteIndex = 0 });
        var corrupted = await _bench.CallAsync(Commands.FruRead);
        var again = await _bench.CallAsync(Commands.FruRead);

        Assert.That((corrupted.Code, again.Code), Is.EqualTo((CompletionCode.Normal, CompletionCode.Normal)));
        Assert.That(corrupted.Data, Is.Not.EqualTo(clean.Data));
        Assert.That(again.Data, Is.EqualTo(clean.Data));
    }

    [Test]
    public async Task Corrupted_master_write_read_byte_is_relayed_flipped()
    {
        var clean = await _bench.CallAsync(Commands.MasterWriteRead);
        _bench.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.CorruptByte, Address = Commands.Eeprom, ByteIndex = 2, XorMask = 0xFF });
        var corrupted = await _bench.CallAsync(Commands.MasterWriteRead);

        Assert.That(corrupted.Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(corrupted.Data[2], Is.EqualTo((byte)(clean.Data[2] ^ 0xFF)));
        Assert.That(corrupted.Data.Where((_, i) => i != 2), Is.EqualTo(clean.Data.Where((_, i) => i != 2)));
    }
}

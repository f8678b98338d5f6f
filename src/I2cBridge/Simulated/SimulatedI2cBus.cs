using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace I2cBridge.Simulated;

/// <summary>
/// An in-memory I2C bus: <see cref="SimulatedI2cDevice"/>s at 7-bit addresses, an optional timing model, and
/// fault injection. Every transfer's wire time is accounted in <see cref="BusTime"/> whether or not it is waited.
/// </summary>
public sealed partial class SimulatedI2cBus : I2cBus
{
    private static readonly SimulatedFaultKind[] BeforeTransfer =
        [SimulatedFaultKind.StuckBus, SimulatedFaultKind.Timeout, SimulatedFaultKind.NackOnAddress, SimulatedFaultKind.NackAfterBytes];

    private static readonly SimulatedFaultKind[] AfterRead = [SimulatedFaultKind.CorruptByte, SimulatedFaultKind.BadPec];

    private readonly ConcurrentDictionary<int, SimulatedI2cDevice> _targets = new();
    private readonly Lock _wire = new();
    private long _busTimeTicks;
    private long _transfers;
    private long _recoveries;

    public SimulatedI2cBus(int busId = 0, SimulatedBusOptions? options = null)
        : base(busId)
    {
        Options = options ?? new SimulatedBusOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.SpeedHz, 1, nameof(options));
        foreach (var fault in Options.Faults)
            Faults.Inject(fault);
    }

    public SimulatedBusOptions Options { get; }

    public SimulatedFaultInjector Faults { get; } = new();

    /// <summary>Accounted wire time of every transfer so far (9 bit-times per byte at <see cref="SimulatedBusOptions.SpeedHz"/>).</summary>
    public TimeSpan BusTime => TimeSpan.FromTicks(Interlocked.Read(ref _busTimeTicks));

    /// <summary>Transfers attempted, failed ones included.</summary>
    public long Transfers => Interlocked.Read(ref _transfers);

    public long Recoveries => Interlocked.Read(ref _recoveries);

    public void Attach(int deviceAddress, SimulatedI2cDevice device)
    {
        I2cAddress.Validate(deviceAddress);
        if (device.Bus is not null)
            throw new InvalidOperationException("The device is already attached to a bus.");
        if (!_targets.TryAdd(deviceAddress, device))
            throw new InvalidOperationException($"Address 0x{deviceAddress:X2} is taken on simulated bus {BusId}.");
        device.Bus = this;
        device.Address = deviceAddress;
    }

    public void Detach(int deviceAddress)
    {
        if (_targets.TryRemove(deviceAddress, out var device))
        {
            device.Bus = null;
            device.Address = -1;
        }
    }

    public SimulatedI2cDevice? DeviceAt(int deviceAddress) => _targets.GetValueOrDefault(deviceAddress);

    /// <summary>Clears a stuck-bus fault (what nine SCL pulses and a STOP do to a real one).</summary>
    public override void Recover()
    {
        Interlocked.Increment(ref _recoveries);
        Faults.ReleaseStuck();
    }

    protected override void WriteReadCore(int deviceAddress, ReadOnlySpan<byte> write, Span<byte> read)
    {
        lock (_wire)
            Transfer(deviceAddress, write, read, readWireLength: read.Length, pecIndex: read.Length - 1);
        FlushDeviceWrites();
    }

    private void Transfer(int address, ReadOnlySpan<byte> write, Span<byte> read, int readWireLength, int pecIndex)
    {
        Interlocked.Increment(ref _transfers);
        if (Faults.IsStuck)
            Fail(I2cFailure.Timeout, address, 1, "bus stuck (SDA held low)");

        if (Faults.Take(address, write.Length, read.Length, BeforeTransfer) is { } fault)
        {
            switch (fault.Kind)
            {
                case SimulatedFaultKind.StuckBus:
                    Faults.SetStuck();
                    Fail(I2cFailure.Timeout, address, 1, "bus stuck (SDA held low)");
                    break;
                case SimulatedFaultKind.Timeout:
                    Fail(I2cFailure.Timeout, address, 1, "injected timeout");
                    break;
                case SimulatedFaultKind.NackOnAddress:
                    Fail(I2cFailure.Nack, address, 1, "injected address NACK");
                    break;
                default:
                    Fail(I2cFailure.Nack, address, 2 + fault.AfterBytes, $"injected NACK after {fault.AfterBytes} bytes");
                    break;
            }
        }

        var target = DeviceAt(address);
        var writePhase = write.Length > 0 || read.Length == 0;
        if (target is null || !target.AcknowledgesAddress(read: !writePhase))
            Fail(I2cFailure.Nack, address, 1, "no target acknowledged the address");
        if (writePhase)
            target.Write(write);
        if (read.Length > 0)
        {
            if (writePhase && !target.AcknowledgesAddress(read: true))
                Fail(I2cFailure.Nack, address, 2 + write.Length, "no ACK after repeated start");
            target.Read(read);
            if (Faults.Take(address, write.Length, read.Length, AfterRead) is { } corrupt)
            {
                var index = corrupt.Kind == SimulatedFaultKind.BadPec ? Math.Clamp(pecIndex, 0, read.Length - 1) : corrupt.ByteIndex;
                read[index] ^= corrupt.Kind == SimulatedFaultKind.BadPec ? (byte)0x5A : corrupt.XorMask;
            }
        }

        Spend(SimulatedBusTiming.WireBytes(write.Length, readWireLength));
    }

    [DoesNotReturn]
    private void Fail(I2cFailure failure, int address, int wireBytes, string detail)
    {
        Spend(wireBytes);
        ThrowHelper.ThrowI2c(failure, BusId, address, detail);
    }

    private void Spend(int wireBytes)
    {
        var time = SimulatedBusTiming.ForBytes(wireBytes, Options.SpeedHz);
        Interlocked.Add(ref _busTimeTicks, time.Ticks);
        if (Options.SimulateTiming)
            SimulatedBusTiming.Wait(time);
    }
}

using I2cBridge;
using Oem.Node;
using Oem.Node.Sensors;
using Oem.Platform;

namespace Oem.Tests.Handlers.Support;

/// <summary>
/// A node with every capability in memory (an initializer may null some out); the sensors are the node layer's real
/// cache, fed by the test.
/// </summary>
public sealed class FakeNode : IManagedNode
{
    public static readonly SensorDefinition InletTemp = new()
    {
        Index = 0, Name = "Inlet Temp", Kind = SensorKind.Temperature, Unit = MeasurementUnit.DegreesCelsius,
        EntityId = 0x37, EntityInstance = 1, NominalReading = 25, NominalMin = -40, NominalMax = 87.5, Resolution = 0.5,
        Thresholds = new SensorThresholds { UpperNonCritical = 40, UpperCritical = 45, UpperNonRecoverable = 50 },
        PositiveHysteresis = 1, NegativeHysteresis = 1,
    };

    public static readonly SensorDefinition Fan = new()
    {
        Index = 1, Name = "Fan 1", Kind = SensorKind.Fan, Unit = MeasurementUnit.Rpm,
        EntityId = 0x1D, EntityInstance = 1, NominalMin = 0, NominalMax = 25500, Resolution = 100,
        Thresholds = new SensorThresholds { LowerCritical = 1000, LowerNonCritical = 1500 },
        PositiveHysteresis = 100, NegativeHysteresis = 100,
    };

    public static readonly SensorDefinition PsuInput = new()
    {
        Index = 2, Name = "PSU1 Input", Kind = SensorKind.Power, Unit = MeasurementUnit.Watts,
        EntityId = 0x0A, EntityInstance = 1, NominalMin = 0, NominalMax = 1020, Resolution = 4,
        Thresholds = new SensorThresholds { UpperNonCritical = 600, UpperCritical = 700 },
    };

    public static readonly SensorDefinition CpuTemp = InletTemp with
    {
        Index = 3, Name = "CPU Temp", EntityId = 0x03, NominalMin = 0, NominalMax = 127.5,
        Thresholds = new SensorThresholds { UpperNonCritical = 85, UpperCritical = 95 },
    };

    public FakeNode()
    {
        Cache = new SensorCache([InletTemp, Fan, PsuInput, CpuTemp], TimeSpan.FromSeconds(1));
        Sensors = Cache;
        Power = FakePower;
        Fru = FakeFru;
        Identify = Led;
        I2c = FakeI2c;
    }

    public SensorCache Cache { get; }
    public FakePower FakePower { get; } = new();
    public FakeLed Led { get; } = new();
    public FakeFru FakeFru { get; } = new(256);
    public FakeI2c FakeI2c { get; } = new();

    public PlatformIdentity Identity { get; init; } = new() { ManufacturerId = 0, ProductId = 1, FirmwareVersion = "1.02" };
    public IChassisPower? Power { get; init; }
    public ISensorSource? Sensors { get; init; }
    public IFruStore? Fru { get; init; }
    public IIdentifyLed? Identify { get; init; }
    public II2cAccess? I2c { get; init; }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

public sealed class FakeLed : IIdentifyLed
{
    public bool IsOn { get; private set; }

    public ValueTask SetAsync(bool on, CancellationToken cancellationToken = default)
    {
        IsOn = on;
        return ValueTask.CompletedTask;
    }
}

public sealed class FakeFru(int size) : IFruStore
{
    public byte[] Bytes { get; } = Enumerable.Range(0, size).Select(i => (byte)i).ToArray();

    public int Size => Bytes.Length;

    public ValueTask<byte[]> ReadAsync(int offset, int count, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Bytes.AsSpan(offset, count).ToArray());

    public ValueTask WriteAsync(int offset, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        data.Span.CopyTo(Bytes.AsSpan(offset));
        return ValueTask.CompletedTask;
    }
}

/// <summary>Bus 1 with an EEPROM-like target at 0x50 that returns bytes from the written offset; anything else NAKs.</summary>
public sealed class FakeI2c : II2cAccess
{
    public IReadOnlyList<int> BusIds => [1];
    public List<(int Bus, int Address, byte[] Write, int Read)> Transfers { get; } = [];
    public I2cFailure? Failure { get; set; }

    public ValueTask<byte[]> WriteReadAsync(int busId, int address, ReadOnlyMemory<byte> write, int readCount, CancellationToken cancellationToken = default)
    {
        Transfers.Add((busId, address, write.ToArray(), readCount));
        if (Failure is { } failure || address != 0x50)
            throw I2cException.Create(Failure ?? I2cFailure.Nack, busId, address);
        var start = write.Length > 0 ? write.Span[0] : 0;
        return ValueTask.FromResult(Enumerable.Range(start, readCount).Select(i => (byte)(0xA0 + i)).ToArray());
    }
}

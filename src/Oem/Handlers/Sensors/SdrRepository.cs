using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.Sel;
using Ipmi.Protocol.Sensors;
using Oem.Node;

namespace Oem.Handlers.Sensors;

/// <summary>
/// The SDR repository built from the node (IPMI v2.0 §33, §43): one Full Sensor Record per sensor (record ID =
/// sensor number = index + 1), a Management Controller Device Locator for the BMC at 0x20 and, when the node has
/// FRU, a FRU Device Locator for FRU 0. Its addition and erase timestamps change only when a record does (thresholds
/// or hysteresis set by a client), so FreeIPMI keeps its SDR cache while nothing changes. A change cancels both the
/// repository and the device SDR reservations.
/// </summary>
public sealed class SdrRepository
{
    /// <summary>MC locator byte 9: chassis device, SEL device, SDR repository device, sensor device, FRU inventory device.</summary>
    private const byte McCapabilities = 0x80 | 0x04 | 0x02 | 0x01;
    private const byte FruCapability = 0x08;

    private readonly IManagedNode _node;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly SensorConversion[] _conversions;
    private byte[][] _records;

    public SdrRepository(IManagedNode node, TimeProvider time)
    {
        _node = node;
        _time = time;
        var sensors = node.Sensors?.Sensors ?? [];
        _conversions = sensors.Select(SensorRecords.ConversionOf).ToArray();
        _records = Build();
        LastAddition = Now();
        LastErase = LastAddition;
    }

    public Reservation RepositoryReservation { get; } = new();

    public Reservation DeviceReservation { get; } = new();

    public uint LastAddition { get; private set; }

    public uint LastErase { get; }

    public int Count
    {
        get
        {
            lock (_lock)
                return _records.Length;
        }
    }

    public int SensorCount => _conversions.Length;

    /// <summary>All records, in record-ID order.</summary>
    public IReadOnlyList<byte[]> Records
    {
        get
        {
            lock (_lock)
                return _records;
        }
    }

    /// <summary>The raw↔value conversion of sensor <paramref name="index"/>, as its record states it.</summary>
    public SensorConversion ConversionOf(int index) => _conversions[index];

    /// <summary>Record ID of sensor <paramref name="index"/>'s Full record.</summary>
    public static ushort RecordIdOf(int index) => (ushort)(index + 1);

    /// <summary>Finds a record: 0x0000 = first, 0xFFFF = last; <paramref name="nextId"/> is 0xFFFF after the last.</summary>
    public bool TryGet(ushort recordId, out byte[] record, out ushort nextId)
    {
        byte[][] records;
        lock (_lock)
            records = _records;
        var index = recordId switch
        {
            _ when records.Length == 0 => -1,
            0x0000 => 0,
            0xFFFF => records.Length - 1,
            _ => recordId <= records.Length ? recordId - 1 : -1,
        };
        if (index < 0)
        {
            (record, nextId) = ([], 0);
            return false;
        }
        record = records[index];
        nextId = index + 1 < records.Length ? (ushort)(index + 2) : (ushort)0xFFFF;
        return true;
    }

    /// <summary>Rebuilds the records after a sensor's thresholds or hysteresis changed: new addition timestamp, reservations cancelled.</summary>
    public void SensorChanged()
    {
        lock (_lock)
        {
            _records = Build();
            LastAddition = Now();
        }
        RepositoryReservation.Cancel();
        DeviceReservation.Cancel();
    }

    private uint Now() => IpmiTimestamp.FromDateTimeOffset(_time.GetUtcNow());

    private byte[][] Build()
    {
        var records = new List<byte[]>();
        if (_node.Sensors is { } source)
        {
            foreach (var sensor in source.Sensors)
            {
                var full = SensorRecords.Full(RecordIdOf(sensor.Index), sensor, source.GetThresholds(sensor.Index), source.GetHysteresis(sensor.Index),
                    _conversions[sensor.Index]);
                records.Add(Serialize(full.Length, full.WriteTo));
            }
        }
        var mc = new McDeviceLocatorRecord
        {
            RecordId = (ushort)(records.Count + 1),
            Capabilities = (byte)(McCapabilities | (_node.Fru is null ? 0 : FruCapability)),
            EntityId = EntityId.SystemManagementModule,
            EntityInstance = 1,
            IdString = "BMC",
        };
        records.Add(Serialize(mc.Length, mc.WriteTo));
        if (_node.Fru is not null)
        {
            var fru = new FruDeviceLocatorRecord
            {
                RecordId = (ushort)(records.Count + 1),
                FruDeviceId = 0,
                EntityId = EntityId.SystemBoard,
                EntityInstance = 1,
                IdString = "Board FRU",
            };
            records.Add(Serialize(fru.Length, fru.WriteTo));
        }
        return [.. records];
    }

    private static byte[] Serialize(int length, SpanWriter write)
    {
        var bytes = new byte[length];
        write(bytes);
        return bytes;
    }

    private delegate int SpanWriter(Span<byte> destination);
}

using System.Buffers.Binary;

namespace I2cBridge.Simulated;

/// <summary>
/// The IPMI command set of the simulated BMCs (IPMB and SSIF), in raw bytes so I2cBridge needs no protocol
/// library: Get Device ID, Get System Interface Capabilities (SSIF) and Get SDR Repository Info; anything else
/// answers 0xC1 (invalid command). Override <see cref="Respond"/> to add commands.
/// </summary>
public class SimulatedBmcResponder
{
    public const byte NetFnApp = 0x06;
    public const byte NetFnStorage = 0x0A;
    public const byte CmdGetDeviceId = 0x01;
    public const byte CmdGetSystemInterfaceCapabilities = 0x57;
    public const byte CmdGetSdrRepositoryInfo = 0x20;
    public const byte InvalidCommand = 0xC1;

    public byte DeviceId { get; init; } = 0x20;

    public int ManufacturerId { get; init; } = 0x000157; // 343, Intel: a value clients print by name

    public ushort ProductId { get; init; } = 0x0001;

    public ushort SdrRecordCount { get; init; } = 4;

    /// <summary>What Get System Interface Capabilities reports for SSIF.</summary>
    public Ssif.SsifCapabilities SsifCapabilities { get; init; } = new(Ssif.SsifMultiPart.StartMiddleEnd, PecSupported: true, Version: 0, MaxRequestLength: 255, MaxResponseLength: 255);

    /// <summary>Requests answered so far.</summary>
    public int Requests { get; private set; }

    /// <summary>Writes completion code then data into <paramref name="response"/>; returns their length.</summary>
    public virtual int Respond(byte netFn, byte command, ReadOnlySpan<byte> request, Span<byte> response)
    {
        Requests++;
        return (netFn, command) switch
        {
            (NetFnApp, CmdGetDeviceId) => GetDeviceId(response),
            (NetFnApp, CmdGetSystemInterfaceCapabilities) when request.Length >= 1 && request[0] == 0x00 => GetSsifCapabilities(response),
            (NetFnStorage, CmdGetSdrRepositoryInfo) => GetSdrRepositoryInfo(response),
            _ => Completion(response, InvalidCommand),
        };
    }

    /// <summary>IPMI v2.0 §20.1, Table 20-2 (without the optional auxiliary firmware revision).</summary>
    private int GetDeviceId(Span<byte> r)
    {
        r[0] = 0x00;              // completion code
        r[1] = DeviceId;          // device ID
        r[2] = 0x81;              // provides device SDRs, device revision 1
        r[3] = 0x01;              // device available, firmware major 1
        r[4] = 0x00;              // firmware minor (BCD)
        r[5] = 0x02;              // IPMI version 2.0 (BCD, low nibble major)
        r[6] = 0xBF;              // chassis, IPMB event generator and receiver, FRU, SEL, SDR repository, sensor (no bridge)
        r[7] = (byte)ManufacturerId;
        r[8] = (byte)(ManufacturerId >> 8);
        r[9] = (byte)(ManufacturerId >> 16);
        BinaryPrimitives.WriteUInt16LittleEndian(r[10..], ProductId);
        return 12;
    }

    /// <summary>IPMI v2.0 §22.9, Table 22-14, SSIF variant.</summary>
    private int GetSsifCapabilities(Span<byte> r)
    {
        r[0] = 0x00;
        return 1 + SsifCapabilities.WriteTo(r[1..]);
    }

    /// <summary>IPMI v2.0 §33.9, Table 33-3.</summary>
    private int GetSdrRepositoryInfo(Span<byte> r)
    {
        r[0] = 0x00;                                             // completion code
        r[1] = 0x51;                                             // SDR version 1.5 (BCD, reversed nibbles)
        BinaryPrimitives.WriteUInt16LittleEndian(r[2..], SdrRecordCount);
        BinaryPrimitives.WriteUInt16LittleEndian(r[4..], 0xFFFE); // free space: 0xFFFE = 64 KiB-2 or more
        BinaryPrimitives.WriteUInt32LittleEndian(r[6..], 0);      // most recent addition timestamp
        BinaryPrimitives.WriteUInt32LittleEndian(r[10..], 0);     // most recent erase timestamp
        r[14] = 0x22;                                            // non-modal update, Reserve SDR Repository supported
        return 15;
    }

    private static int Completion(Span<byte> r, byte code)
    {
        r[0] = code;
        return 1;
    }
}

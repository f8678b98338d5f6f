using Ipmi.Protocol.Sdr;

namespace Oem.Handlers.Dcmi;

/// <summary>
/// Maps a sensor's IPMI entity (Table 43-13) to the DCMI temperature entity it counts as (DCMI v1.5 §6.7.3): air
/// inlet 0x37 → inlet 0x40, processor 0x03 → CPU 0x41, system board 0x07 → baseboard 0x42; the DCMI codes map to
/// themselves. Requests may name IPMI's 0x37 for inlet, as DCMI clients do.
/// </summary>
public static class DcmiEntities
{
    public static EntityId? Of(byte entityId) => (EntityId)entityId switch
    {
        EntityId.AirInlet or EntityId.DcmiInlet => EntityId.DcmiInlet,
        EntityId.Processor or EntityId.DcmiCpu => EntityId.DcmiCpu,
        EntityId.SystemBoard or EntityId.DcmiBaseboard => EntityId.DcmiBaseboard,
        _ => null,
    };
}

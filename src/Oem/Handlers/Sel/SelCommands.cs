using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Storage;

namespace Oem.Handlers.Sel;

/// <summary>
/// The SEL device commands (IPMI v2.0 §31, storage netFn) over the persistent <see cref="SelStore"/>: info,
/// allocation, reserve, get/add/delete entry, clear, and the SEL clock. Privileges per Appendix G.
/// </summary>
public sealed partial class SelCommands : ICommandSource
{
    private readonly SelStore _store;
    private readonly Reservation _reservation = new();

    public SelCommands(SelStore store)
    {
        _store = store;
        _store.Erased += _reservation.Cancel;
    }

    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.Storage, GetSelInfoResponse.Command, PrivilegeLevel.User, SyncHandler.Of(GetInfo)),
        new(NetFn.Storage, GetSelAllocationInfoResponse.Command, PrivilegeLevel.User, SyncHandler.Of(GetAllocationInfo)),
        new(NetFn.Storage, ReservationResponse.ReserveSelCommand, PrivilegeLevel.User, SyncHandler.Of(Reserve)),
        new(NetFn.Storage, GetSelEntryRequest.Command, PrivilegeLevel.User, SyncHandler.Of(GetEntry)),
        new(NetFn.Storage, AddSelEntryRequest.Command, PrivilegeLevel.Operator, SyncHandler.Of(AddEntry)),
        new(NetFn.Storage, DeleteSelEntryRequest.Command, PrivilegeLevel.Operator, SyncHandler.Of(DeleteEntry)),
        new(NetFn.Storage, ClearSelRequest.Command, PrivilegeLevel.Operator, SyncHandler.Of(Clear)),
        new(NetFn.Storage, SelTime.GetCommand, PrivilegeLevel.User, SyncHandler.Of(GetTime)),
        new(NetFn.Storage, SelTime.SetCommand, PrivilegeLevel.Operator, SyncHandler.Of(SetTime)),
        new(NetFn.Storage, SelTimeUtcOffset.GetCommand, PrivilegeLevel.User, SyncHandler.Of(GetUtcOffset)),
        new(NetFn.Storage, SelTimeUtcOffset.SetCommand, PrivilegeLevel.Operator, SyncHandler.Of(SetUtcOffset)),
    ];
}

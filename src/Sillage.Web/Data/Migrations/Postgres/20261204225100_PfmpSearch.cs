using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PfmpSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HostProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EstablishmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    Street = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PostalCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    City = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    ContactFirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContactLastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContactPosition = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    HostOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ValidatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ValidatedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HostProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HostProposals_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HostProposals_AspNetUsers_ValidatedById",
                        column: x => x.ValidatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HostProposals_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HostProposals_HostOrganisations_HostOrganisationId",
                        column: x => x.HostOrganisationId,
                        principalTable: "HostOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PfmpApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    HostOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Answer = table.Column<int>(type: "integer", nullable: false),
                    NextStep = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    NextStepOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PfmpApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PfmpApplications_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PfmpApplications_HostOrganisations_HostOrganisationId",
                        column: x => x.HostOrganisationId,
                        principalTable: "HostOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PfmpApplications_HostProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "HostProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PfmpApplications_PfmpPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "PfmpPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HostProposals_EstablishmentId",
                table: "HostProposals",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_HostProposals_HostOrganisationId",
                table: "HostProposals",
                column: "HostOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_HostProposals_LearnerId_CreatedAt",
                table: "HostProposals",
                columns: new[] { "LearnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HostProposals_ValidatedById",
                table: "HostProposals",
                column: "ValidatedById");

            migrationBuilder.CreateIndex(
                name: "IX_PfmpApplications_HostOrganisationId",
                table: "PfmpApplications",
                column: "HostOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PfmpApplications_LearnerId_AppliedOn",
                table: "PfmpApplications",
                columns: new[] { "LearnerId", "AppliedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PfmpApplications_PeriodId",
                table: "PfmpApplications",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_PfmpApplications_ProposalId",
                table: "PfmpApplications",
                column: "ProposalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PfmpApplications");

            migrationBuilder.DropTable(
                name: "HostProposals");
        }
    }
}

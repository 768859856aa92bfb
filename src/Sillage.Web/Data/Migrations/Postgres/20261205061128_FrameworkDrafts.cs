using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FrameworkDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "EstablishmentId",
                table: "Frameworks",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FrameworkDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EstablishmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    BasedOnId = table.Column<Guid>(type: "uuid", nullable: true),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkDrafts_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FrameworkDrafts_Frameworks_BasedOnId",
                        column: x => x.BasedOnId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Frameworks_EstablishmentId",
                table: "Frameworks",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkDrafts_BasedOnId",
                table: "FrameworkDrafts",
                column: "BasedOnId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkDrafts_EstablishmentId",
                table: "FrameworkDrafts",
                column: "EstablishmentId");

            migrationBuilder.AddForeignKey(
                name: "FK_Frameworks_Establishments_EstablishmentId",
                table: "Frameworks",
                column: "EstablishmentId",
                principalTable: "Establishments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Frameworks_Establishments_EstablishmentId",
                table: "Frameworks");

            migrationBuilder.DropTable(
                name: "FrameworkDrafts");

            migrationBuilder.DropIndex(
                name: "IX_Frameworks_EstablishmentId",
                table: "Frameworks");

            migrationBuilder.DropColumn(
                name: "EstablishmentId",
                table: "Frameworks");
        }
    }
}
